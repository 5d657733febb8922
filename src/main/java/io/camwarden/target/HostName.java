package io.camwarden.target;

import java.math.BigInteger;
import java.net.InetAddress;
import java.util.Iterator;

/** A host name, resolved (through the system resolver) only when the scan reaches it. */
public record HostName(String text) implements TargetRange {

    @Override
    public BigInteger size() {
        return BigInteger.ONE;
    }

    @Override
    public boolean contains(InetAddress a) {
        return false;
    }

    @Override
    public Iterator<InetAddress> iterator() {
        throw new UnsupportedOperationException("resolve host names with TargetList.addresses()");
    }
}
