package io.camwarden.target;

import java.math.BigInteger;
import java.net.InetAddress;
import java.util.Iterator;

/** One element of a target list: a contiguous range, an nmap octet pattern, or a host name. */
public sealed interface TargetRange permits AddressRange, OctetPattern, HostName {

    /** How many addresses it stands for (a host name counts as one until resolved). */
    BigInteger size();

    /** The addresses, lazily. */
    Iterator<InetAddress> iterator();

    /** Whether the address is in this range (host names: never, they are resolved first). */
    boolean contains(InetAddress a);

    /** As the user wrote it, for messages. */
    String text();
}
