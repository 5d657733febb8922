package io.camwarden.target;

import io.camwarden.domain.net.Cidr;
import io.camwarden.domain.net.IpAddresses;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads target lists as operators write them for nmap: addresses, CIDR networks, "first-last" ranges,
 * nmap octet ranges and host names, separated by white space or commas. Every problem is reported
 * with the offending item.
 */
public final class TargetParser {

    private static final Pattern OCTET_ITEM = Pattern.compile("\\d{1,3}(-\\d{1,3})?");
    private static final Pattern HOST = Pattern.compile(
            "(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.?");

    private TargetParser() {
    }

    /** Parses every item; throws one error listing all bad items. */
    public static List<TargetRange> parse(List<String> specs) {
        List<TargetRange> out = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (String spec : specs) {
            for (String item : split(spec)) {
                try {
                    out.add(parseItem(item));
                } catch (IllegalArgumentException e) {
                    errors.add(e.getMessage());
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("bad target" + (errors.size() > 1 ? "s" : "") + ": "
                    + String.join("; ", errors));
        }
        return out;
    }

    /**
     * White space separates items; so do commas, except inside an nmap octet list such as
     * {@code 192.168.1.1,5,9}, where the parts after a comma are bare octet values.
     */
    static List<String> split(String spec) {
        List<String> items = new ArrayList<>();
        for (String word : spec.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            String[] parts = word.split(",");
            StringBuilder current = new StringBuilder(parts[0]);
            for (int i = 1; i < parts.length; i++) {
                if (parts[i].matches("\\d{1,3}(-\\d{1,3})?") && current.toString().matches("[\\d.,-]+")) {
                    current.append(',').append(parts[i]);
                } else {
                    items.add(current.toString());
                    current = new StringBuilder(parts[i]);
                }
            }
            if (!current.isEmpty()) {
                items.add(current.toString());
            }
        }
        return items;
    }

    static TargetRange parseItem(String item) {
        if (item.contains("/")) {
            Cidr c = Cidr.parse(item);
            return new AddressRange(AddressRange.toNumber(c.network()),
                    AddressRange.toNumber(c.network()).add(c.size()).subtract(java.math.BigInteger.ONE),
                    c.bits() == 128, item);
        }
        if (IpAddresses.isLiteral(item)) {
            InetAddress a = IpAddresses.parse(item);
            return AddressRange.of(a, a, item);
        }
        int dash = item.indexOf('-');
        if (dash > 0 && item.indexOf(':') >= 0 || dash > 0 && IpAddresses.isLiteral(item.substring(dash + 1))) {
            // full "first-last" form, IPv4 or IPv6
            InetAddress low = IpAddresses.parse(item.substring(0, dash));
            InetAddress high = IpAddresses.parse(item.substring(dash + 1));
            return AddressRange.of(low, high, item);
        }
        if (item.matches("[\\d.,-]+")) {
            return octets(item);
        }
        if (HOST.matcher(item).matches()) {
            return new HostName(item.toLowerCase(java.util.Locale.ROOT));
        }
        throw new IllegalArgumentException("'" + item + "' is not an address, network, range or host name");
    }

    private static OctetPattern octets(String item) {
        String[] octets = item.split("\\.", -1);
        if (octets.length != 4) {
            throw new IllegalArgumentException("'" + item + "' needs four octets, e.g. 10.0.0.1-99");
        }
        int[][] values = new int[4][];
        for (int i = 0; i < 4; i++) {
            TreeSet<Integer> set = new TreeSet<>();
            for (String part : octets[i].split(",", -1)) {
                if (!OCTET_ITEM.matcher(part).matches()) {
                    throw new IllegalArgumentException("'" + item + "': octet '" + octets[i]
                            + "' should be a number, a range like 1-99, or a list like 1,5,9");
                }
                String[] ends = part.split("-");
                int lo = Integer.parseInt(ends[0]);
                int hi = ends.length > 1 ? Integer.parseInt(ends[1]) : lo;
                if (lo > 255 || hi > 255 || lo > hi) {
                    throw new IllegalArgumentException("'" + item + "': octet range '" + part + "' must be 0-255, low to high");
                }
                for (int v = lo; v <= hi; v++) {
                    set.add(v);
                }
            }
            values[i] = set.stream().mapToInt(Integer::intValue).toArray();
        }
        return new OctetPattern(values, item);
    }
}
