package io.camwarden.domain.net;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * IP address literals, without ever touching DNS: a hostname is an error here, not a lookup.
 * Addresses get a sortable key (16 bytes, IPv4 mapped into ::ffff:0:0/96, as hex) so that
 * storage can answer CIDR filters with a plain range comparison.
 */
public final class IpAddresses {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern IPV6_CHARS = Pattern.compile("[0-9A-Fa-f:.]+(%[\\w.]+)?");

    private IpAddresses() {
    }

    /** Parses an IPv4 or IPv6 literal; brackets around IPv6 are allowed. */
    public static InetAddress parse(String text) {
        String s = text == null ? "" : text.strip();
        if (s.startsWith("[") && s.endsWith("]")) {
            s = s.substring(1, s.length() - 1);
        }
        var m = IPV4.matcher(s);
        if (m.matches()) {
            byte[] b = new byte[4];
            for (int i = 0; i < 4; i++) {
                int octet = Integer.parseInt(m.group(i + 1));
                if (octet > 255) {
                    throw notAnAddress(text);
                }
                b[i] = (byte) octet;
            }
            return byAddress(b, text);
        }
        if (s.indexOf(':') >= 0 && IPV6_CHARS.matcher(s).matches()) {
            try {
                // A literal containing ':' is parsed, never resolved.
                InetAddress a = InetAddress.getByName(s);
                if (a instanceof Inet6Address || a instanceof Inet4Address) {
                    return a;
                }
            } catch (UnknownHostException e) {
                throw notAnAddress(text);
            }
        }
        throw notAnAddress(text);
    }

    public static boolean isLiteral(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The canonical text form: dotted quad, or compressed IPv6. */
    public static String canonical(InetAddress a) {
        if (a instanceof Inet6Address) {
            return compress(a.getAddress());
        }
        return a.getHostAddress();
    }

    public static String canonical(String text) {
        return canonical(parse(text));
    }

    /** 16 bytes, big-endian, IPv4 mapped to ::ffff:a.b.c.d; as 32 lower-case hex digits. */
    public static String key(InetAddress a) {
        return HexFormat.of().formatHex(bytes16(a));
    }

    public static byte[] bytes16(InetAddress a) {
        byte[] raw = a.getAddress();
        if (raw.length == 16) {
            return raw;
        }
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        System.arraycopy(raw, 0, mapped, 12, 4);
        return mapped;
    }

    static InetAddress byAddress(byte[] b, String original) {
        try {
            return InetAddress.getByAddress(b);
        } catch (UnknownHostException e) {
            throw notAnAddress(original);
        }
    }

    private static String compress(byte[] b) {
        int[] words = new int[8];
        for (int i = 0; i < 8; i++) {
            words[i] = ((b[2 * i] & 0xff) << 8) | (b[2 * i + 1] & 0xff);
        }
        // RFC 5952: compress the longest run (length >= 2) of zero words, the first if tied.
        int bestStart = -1;
        int bestLen = 1;
        for (int i = 0; i < 8; ) {
            if (words[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && words[j] == 0) {
                j++;
            }
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLen - 1;
                continue;
            }
            if (!sb.isEmpty() && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(words[i]));
        }
        return sb.toString();
    }

    private static IllegalArgumentException notAnAddress(String text) {
        return new IllegalArgumentException("'" + text + "' is not an IP address: expected e.g. 10.0.0.5 or 2001:db8::5");
    }
}
