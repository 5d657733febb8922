package io.camwarden.probe.tls;

/** TLS (and SSL 3.0) protocol versions by their wire numbers. */
public enum TlsVersion {
    SSL_3_0(0x0300, "SSLv3"), TLS_1_0(0x0301, "TLSv1.0"), TLS_1_1(0x0302, "TLSv1.1"), TLS_1_2(0x0303, "TLSv1.2");

    final int wire;
    private final String label;

    TlsVersion(int wire, String label) {
        this.wire = wire;
        this.label = label;
    }

    public String label() {
        return label;
    }

    static TlsVersion of(int wire) {
        for (TlsVersion v : values()) {
            if (v.wire == wire) {
                return v;
            }
        }
        return null;
    }
}
