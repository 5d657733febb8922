package io.camwarden.target;

import java.math.BigInteger;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/** A contiguous run of addresses of one family, from a single address, a CIDR or "a-b". */
public record AddressRange(BigInteger low, BigInteger high, boolean v6, String text) implements TargetRange {

    public AddressRange {
        if (low.compareTo(high) > 0) {
            throw new IllegalArgumentException("'" + text + "': the range ends before it starts");
        }
    }

    static AddressRange of(InetAddress low, InetAddress high, String text) {
        if ((low instanceof Inet4Address) != (high instanceof Inet4Address)) {
            throw new IllegalArgumentException("'" + text + "' mixes IPv4 and IPv6");
        }
        return new AddressRange(toNumber(low), toNumber(high), !(low instanceof Inet4Address), text);
    }

    @Override
    public BigInteger size() {
        return high.subtract(low).add(BigInteger.ONE);
    }

    @Override
    public boolean contains(InetAddress a) {
        if (v6 == (a instanceof Inet4Address)) {
            return false;
        }
        BigInteger n = toNumber(a);
        return n.compareTo(low) >= 0 && n.compareTo(high) <= 0;
    }

    @Override
    public Iterator<InetAddress> iterator() {
        return new Iterator<>() {
            BigInteger next = low;

            @Override
            public boolean hasNext() {
                return next.compareTo(high) <= 0;
            }

            @Override
            public InetAddress next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                InetAddress a = toAddress(next, v6);
                next = next.add(BigInteger.ONE);
                return a;
            }
        };
    }

    static BigInteger toNumber(InetAddress a) {
        return new BigInteger(1, a.getAddress());
    }

    static InetAddress toAddress(BigInteger n, boolean v6) {
        byte[] raw = n.toByteArray();
        byte[] out = new byte[v6 ? 16 : 4];
        int copy = Math.min(raw.length, out.length);
        System.arraycopy(raw, raw.length - copy, out, out.length - copy, copy);
        try {
            return InetAddress.getByAddress(out);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
