package io.camwarden.probe.tls;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The cipher suites no camera should still accept (CRY-02 asks for "modern ciphers"): RC4, single DES and
 * 3DES, export grade, NULL encryption and anonymous key exchange — the suites RFC 7465, RFC 8996's predecessors,
 * NIST SP 800-52r2 and the Mozilla guidelines rule out. Codes and names as IANA registers them. CBC suites with
 * SHA-1 and AES are not here: old but not broken, and what most TLS 1.2 cameras offer.
 */
public final class WeakCipherSuites {

    private static final Map<Integer, String> NAMES = new LinkedHashMap<>();

    static {
        // RC4
        NAMES.put(0xC011, "TLS_ECDHE_RSA_WITH_RC4_128_SHA");
        NAMES.put(0xC007, "TLS_ECDHE_ECDSA_WITH_RC4_128_SHA");
        NAMES.put(0x0005, "TLS_RSA_WITH_RC4_128_SHA");
        NAMES.put(0x0004, "TLS_RSA_WITH_RC4_128_MD5");
        // 3DES and DES
        NAMES.put(0xC012, "TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA");
        NAMES.put(0xC008, "TLS_ECDHE_ECDSA_WITH_3DES_EDE_CBC_SHA");
        NAMES.put(0x0016, "TLS_DHE_RSA_WITH_3DES_EDE_CBC_SHA");
        NAMES.put(0x000A, "TLS_RSA_WITH_3DES_EDE_CBC_SHA");
        NAMES.put(0x0015, "TLS_DHE_RSA_WITH_DES_CBC_SHA");
        NAMES.put(0x0009, "TLS_RSA_WITH_DES_CBC_SHA");
        // export grade
        NAMES.put(0x0003, "TLS_RSA_EXPORT_WITH_RC4_40_MD5");
        NAMES.put(0x0006, "TLS_RSA_EXPORT_WITH_RC2_CBC_40_MD5");
        NAMES.put(0x0008, "TLS_RSA_EXPORT_WITH_DES40_CBC_SHA");
        NAMES.put(0x0014, "TLS_DHE_RSA_EXPORT_WITH_DES40_CBC_SHA");
        // anonymous key exchange: anyone in the path can read the traffic
        NAMES.put(0xC018, "TLS_ECDH_anon_WITH_AES_128_CBC_SHA");
        NAMES.put(0x0034, "TLS_DH_anon_WITH_AES_128_CBC_SHA");
        NAMES.put(0x001B, "TLS_DH_anon_WITH_3DES_EDE_CBC_SHA");
        NAMES.put(0x0018, "TLS_DH_anon_WITH_RC4_128_MD5");
        // no encryption at all
        NAMES.put(0xC010, "TLS_ECDHE_RSA_WITH_NULL_SHA");
        NAMES.put(0x003B, "TLS_RSA_WITH_NULL_SHA256");
        NAMES.put(0x0002, "TLS_RSA_WITH_NULL_SHA");
        NAMES.put(0x0001, "TLS_RSA_WITH_NULL_MD5");
    }

    private WeakCipherSuites() {
    }

    /** The codes, in the order offered (stronger of the weak first, as a real old client would). */
    static int[] codes() {
        return NAMES.keySet().stream().mapToInt(Integer::intValue).toArray();
    }

    /** The IANA name of a weak suite, or null when the code is not one of them. */
    public static String name(int code) {
        return NAMES.get(code);
    }
}
