package io.camwarden.probe.onvif.lab;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The ONVIF device mockup of the `onvif` npm package (see shared/lab/onvif-mock): canned answers, no
 * authentication, one exact envelope form, and a WS-Discovery responder on udp/3702 (all addresses). Its HTTP
 * server binds every address on {@code port}; {@code host} is what it writes into its XAddrs.
 */
public final class OnvifMock implements AutoCloseable {

    private final LabProcess process;
    private final String host;
    private final int port;

    private OnvifMock(LabProcess process, String host, int port) {
        this.process = process;
        this.host = host;
        this.port = port;
    }

    public static OnvifMock start(String host) throws IOException, InterruptedException {
        int port = LabProcess.freePort();
        LabProcess p = LabProcess.start("onvif-mock", List.of("node", "start-mock.js"), Lab.onvifMockDir(),
                Map.of("HOSTNAME", host, "PORT", String.valueOf(port)));
        return new OnvifMock(p.awaitTcp(host, port, Duration.ofSeconds(30)), host, port);
    }

    public URI deviceService() {
        return URI.create("http://" + host + ":" + port + "/onvif/device_service");
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        process.close();
    }
}
