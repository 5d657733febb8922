package io.camwarden.target;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * What to scan: included ranges minus excluded ones, expanded lazily (a /16 is never held in memory) and
 * without duplicates for host names. Exclusions may be addresses, networks, ranges or host names.
 */
public final class TargetList implements Iterable<InetAddress> {

    /** Above this many addresses a scan must be asked for explicitly; a typo in a prefix length is likelier. */
    public static final BigInteger DEFAULT_MAX = BigInteger.valueOf(1L << 20);

    private final List<TargetRange> include;
    private final List<TargetRange> exclude;
    private final Set<InetAddress> excludedHosts = new HashSet<>();
    private final Resolver resolver;

    /** Name resolution, replaceable in tests. */
    @FunctionalInterface
    public interface Resolver {
        List<InetAddress> resolve(String host) throws UnknownHostException;
    }

    public TargetList(List<TargetRange> include, List<TargetRange> exclude, Resolver resolver) {
        this.include = List.copyOf(include);
        this.exclude = List.copyOf(exclude);
        this.resolver = resolver;
    }

    public static TargetList of(List<String> include, List<String> exclude) {
        return new TargetList(TargetParser.parse(include), TargetParser.parse(exclude),
                h -> List.of(InetAddress.getAllByName(h)));
    }

    /** The number of addresses before exclusions (host names count one each). */
    public BigInteger size() {
        return include.stream().map(TargetRange::size).reduce(BigInteger.ZERO, BigInteger::add);
    }

    /** Refuses lists larger than {@code max}, naming the largest item. */
    public TargetList requireAtMost(BigInteger max) {
        if (size().compareTo(max) > 0) {
            TargetRange biggest = Collections.max(include, (a, b) -> a.size().compareTo(b.size()));
            throw new IllegalArgumentException("the targets hold " + size() + " addresses (the largest item, '"
                    + biggest.text() + "', " + biggest.size() + "), more than the limit of " + max
                    + ": check the prefix length, or raise the limit with --max-hosts");
        }
        return this;
    }

    /** Unresolvable names, reported instead of silently dropped. */
    public final List<String> unresolved = Collections.synchronizedList(new ArrayList<>());

    @Override
    public Iterator<InetAddress> iterator() {
        resolveExcludedHosts();
        Iterator<TargetRange> ranges = include.iterator();
        return new Iterator<>() {
            Iterator<InetAddress> current = Collections.emptyIterator();
            InetAddress next = advance();

            private InetAddress advance() {
                while (true) {
                    while (!current.hasNext()) {
                        if (!ranges.hasNext()) {
                            return null;
                        }
                        TargetRange r = ranges.next();
                        current = r instanceof HostName h ? resolveTarget(h) : r.iterator();
                    }
                    InetAddress a = current.next();
                    if (!excluded(a)) {
                        return a;
                    }
                }
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public InetAddress next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                InetAddress a = next;
                next = advance();
                return a;
            }
        };
    }

    private Iterator<InetAddress> resolveTarget(HostName h) {
        try {
            return resolver.resolve(h.text()).iterator();
        } catch (UnknownHostException e) {
            unresolved.add(h.text());
            return Collections.emptyIterator();
        }
    }

    private void resolveExcludedHosts() {
        for (TargetRange r : exclude) {
            if (r instanceof HostName h) {
                try {
                    excludedHosts.addAll(resolver.resolve(h.text()));
                } catch (UnknownHostException e) {
                    unresolved.add(h.text());
                }
            }
        }
    }

    /** Whether the address is among the targets (host names: by their resolved addresses) and not excluded. */
    public boolean contains(InetAddress a) {
        resolveExcludedHosts();
        if (excluded(a)) {
            return false;
        }
        for (TargetRange r : include) {
            if (r.contains(a)) {
                return true;
            }
            if (r instanceof HostName h) {
                try {
                    if (resolver.resolve(h.text()).contains(a)) {
                        return true;
                    }
                } catch (UnknownHostException e) {
                    // an unresolvable name contains nothing
                }
            }
        }
        return false;
    }

    boolean excluded(InetAddress a) {
        if (excludedHosts.contains(a)) {
            return true;
        }
        for (TargetRange r : exclude) {
            if (r.contains(a)) {
                return true;
            }
        }
        return false;
    }
}
