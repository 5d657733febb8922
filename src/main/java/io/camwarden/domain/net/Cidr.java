package io.camwarden.domain.net;

import java.math.BigInteger;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.HexFormat;

/**
 * An IPv4 or IPv6 network such as {@code 10.1.0.0/16}; a bare address is a /32 or /128.
 * Host bits set in the address are an error, as a typo there usually means the wrong network.
 */
public record Cidr(InetAddress network, int prefixLength) {

    public static Cidr parse(String text) {
        String s = text == null ? "" : text.strip();
        int slash = s.indexOf('/');
        InetAddress base = IpAddresses.parse(slash < 0 ? s : s.substring(0, slash));
        int max = base instanceof Inet4Address ? 32 : 128;
        int prefix = max;
        if (slash >= 0) {
            try {
                prefix = Integer.parseInt(s.substring(slash + 1));
            } catch (NumberFormatException e) {
                prefix = -1;
            }
            if (prefix < 0 || prefix > max) {
                throw new IllegalArgumentException("'" + text + "' has a bad prefix length: use 0 to " + max);
            }
        }
        byte[] raw = base.getAddress();
        byte[] masked = mask(raw, prefix);
        if (!java.util.Arrays.equals(raw, masked)) {
            throw new IllegalArgumentException("'" + text + "' has host bits set: did you mean "
                    + IpAddresses.canonical(IpAddresses.byAddress(masked, text)) + "/" + prefix + "?");
        }
        return new Cidr(base, prefix);
    }

    public int bits() {
        return network instanceof Inet4Address ? 32 : 128;
    }

    /** Number of addresses in the network. */
    public BigInteger size() {
        return BigInteger.ONE.shiftLeft(bits() - prefixLength);
    }

    public boolean contains(InetAddress a) {
        if (a.getAddress().length != network.getAddress().length) {
            return false;
        }
        return java.util.Arrays.equals(mask(a.getAddress(), prefixLength), network.getAddress());
    }

    /** Lowest storage key ({@link IpAddresses#key}) in the network. */
    public String lowKey() {
        return IpAddresses.key(network);
    }

    /** Highest storage key in the network. */
    public String highKey() {
        byte[] raw = network.getAddress().clone();
        for (int bit = prefixLength; bit < raw.length * 8; bit++) {
            raw[bit / 8] |= (byte) (0x80 >>> (bit % 8));
        }
        return HexFormat.of().formatHex(IpAddresses.bytes16(IpAddresses.byAddress(raw, toString())));
    }

    @Override
    public String toString() {
        return IpAddresses.canonical(network) + "/" + prefixLength;
    }

    private static byte[] mask(byte[] raw, int prefix) {
        byte[] out = raw.clone();
        for (int bit = prefix; bit < out.length * 8; bit++) {
            out[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
        }
        return out;
    }
}
