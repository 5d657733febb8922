package io.camwarden.scan;

import io.camwarden.domain.scan.ServiceProtocol;
import java.util.List;
import java.util.Set;

/**
 * Which protocols to try on an open port, in order: the port's usual protocol first, then the ones
 * cameras commonly put on it. The first prober that recognises its protocol wins (ONVIF is looked for
 * in addition, on every port that spoke HTTP). Ports with no usual protocol get an empty plan: the
 * {@link ProtocolSniffer} decides for them.
 */
final class PortPlan {

    private static final Set<Integer> RTSP = Set.of(554, 8554, 10554);
    private static final Set<Integer> TELNET = Set.of(23, 2323, 9527);
    private static final Set<Integer> VENDOR = Set.of(8000, 37777, 34567);
    private static final Set<Integer> HTTP = Set.of(80, 81, 88, 443, 2020, 8080, 8081, 8443, 8888, 9000);

    private PortPlan() {
    }

    static List<ServiceProtocol> order(int port) {
        if (RTSP.contains(port)) {
            return List.of(ServiceProtocol.RTSP, ServiceProtocol.HTTP);
        }
        if (TELNET.contains(port)) {
            return List.of(ServiceProtocol.TELNET);
        }
        if (VENDOR.contains(port)) {
            return List.of(ServiceProtocol.VENDOR_CONTROL, ServiceProtocol.HTTP);
        }
        if (HTTP.contains(port)) {
            return List.of(ServiceProtocol.HTTP);
        }
        return List.of();
    }
}
