package io.camwarden.domain.vuln;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * How reachable a device is, for prioritising its vulnerabilities: whether it is reachable from the internet
 * (it has a public address, or the operator says it is published through a port forward), and whether the
 * service a vulnerability lives in is open (a scan found its port open).
 */
public record Exposure(boolean internetReachable, boolean servicePortOpen) {

    /** Nothing known about reachability: scored as neither. */
    public static final Exposure UNKNOWN = new Exposure(false, false);

    /** Reachability from the device's address: a public (globally routed) address is internet-reachable. */
    public static Exposure of(InetAddress address, boolean servicePortOpen) {
        return new Exposure(address != null && isPublic(address), servicePortOpen);
    }

    /**
     * True for an address the internet routes to: not loopback, link-local, private (RFC 1918), shared
     * (100.64.0.0/10), unique local (fc00::/7), multicast, unspecified, benchmarking (198.18.0.0/15) or
     * documentation (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32).
     */
    public static boolean isPublic(InetAddress a) {
        if (a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress()) {
            return false;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int o0 = b[0] & 0xff;
            int o1 = b[1] & 0xff;
            int o2 = b[2] & 0xff;
            return !(o0 == 0 || o0 >= 240 || o0 == 100 && o1 >= 64 && o1 < 128 || o0 == 198 && (o1 == 18 || o1 == 19)
                    || o0 == 192 && o1 == 0 && o2 == 2 || o0 == 198 && o1 == 51 && o2 == 100
                    || o0 == 203 && o1 == 0 && o2 == 113);
        }
        if (a instanceof Inet6Address) {
            boolean uniqueLocal = (b[0] & 0xfe) == 0xfc;
            boolean documentation = (b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x01 && (b[2] & 0xff) == 0x0d
                    && (b[3] & 0xff) == 0xb8;
            return !uniqueLocal && !documentation;
        }
        return false;
    }
}
