package io.camwarden.target;

import java.math.BigInteger;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * nmap's IPv4 octet ranges: each of the four octets is a number, a range or a comma list, e.g.
 * {@code 10.0.0.1-99}, {@code 10.0.1-3.1-254}, {@code 192.168.1.1,5,9}. The addresses are every combination.
 */
public record OctetPattern(int[][] octets, String text) implements TargetRange {

    @Override
    public BigInteger size() {
        BigInteger n = BigInteger.ONE;
        for (int[] o : octets) {
            n = n.multiply(BigInteger.valueOf(o.length));
        }
        return n;
    }

    @Override
    public boolean contains(InetAddress a) {
        if (!(a instanceof Inet4Address)) {
            return false;
        }
        byte[] b = a.getAddress();
        for (int i = 0; i < 4; i++) {
            if (Arrays.binarySearch(octets[i], b[i] & 0xff) < 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Iterator<InetAddress> iterator() {
        return new Iterator<>() {
            final int[] index = new int[4];
            boolean done;

            @Override
            public boolean hasNext() {
                return !done;
            }

            @Override
            public InetAddress next() {
                if (done) {
                    throw new NoSuchElementException();
                }
                byte[] b = new byte[4];
                for (int i = 0; i < 4; i++) {
                    b[i] = (byte) octets[i][index[i]];
                }
                for (int i = 3; i >= 0; i--) {
                    if (++index[i] < octets[i].length) {
                        break;
                    }
                    index[i] = 0;
                    if (i == 0) {
                        done = true;
                    }
                }
                try {
                    return InetAddress.getByAddress(b);
                } catch (UnknownHostException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OctetPattern p && Arrays.deepEquals(octets, p.octets);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(octets);
    }

    @Override
    public String toString() {
        return text;
    }
}
