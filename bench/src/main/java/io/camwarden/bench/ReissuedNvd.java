package io.camwarden.bench;

import io.camwarden.domain.scan.Identity;
import io.camwarden.domain.scan.IdentityField;
import io.camwarden.domain.vuln.ConfigNode;
import io.camwarden.domain.vuln.Configuration;
import io.camwarden.domain.vuln.CpeMatch;
import io.camwarden.domain.vuln.Vulnerability;
import io.camwarden.vuln.source.CpeFields;
import io.camwarden.vuln.match.CpeVendors;
import io.camwarden.vuln.source.NvdJsonReader;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * An NVD-scale data set made from the shared camera records: copy {@code k} of every record gets a new CVE id
 * and product tokens marked "bK-" ({@code ds-2cd2032-i_firmware} becomes {@code b7-ds-2cd2032-i_firmware}), so
 * the index holds as many distinct products as a real feed of that size, not 691 products repeated. The mark
 * goes in front so that a family's copies ({@code b7-ipc-hx3xxx}) are distinct families, as the families of a
 * real feed are, rather than 435 copies of one. Devices are drawn from the same products, so a "hit" meets
 * real configurations (ranges, "-" firmware, families) at any copy.
 */
final class ReissuedNvd {

    static final Path FEED = Path.of(System.getProperty("camwarden.shared", "../shared"), "data", "nvd",
            "nvdcve-2.0-cameras.json");
    private static final String[] FIRMWARE = {"V5.4.0 build 160530", "V5.5.800 build 210628", "2.800.0000000.16.R",
            "2.630.0000000.5.R", "1.04", "2.12", "5.40.9", "5.51.5", "1.0.0.193", "3.0.0.136_20121102", "2.11.1.118",
            null};

    private ReissuedNvd() {
    }

    static List<Vulnerability> shared() throws Exception {
        List<Vulnerability> records = new ArrayList<>();
        try (InputStream in = Files.newInputStream(FEED)) {
            NvdJsonReader.read(FEED.toString(), in, records::add, p -> {
                throw new IllegalStateException(p.toString());
            });
        }
        return records;
    }

    /** {@code count} records: copies 0, 1, 2... of {@code base} until there are enough. */
    static List<Vulnerability> reissue(List<Vulnerability> base, int count) {
        List<Vulnerability> all = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int copy = i / base.size();
            Vulnerability v = base.get(i % base.size());
            List<Configuration> configurations = new ArrayList<>();
            for (Configuration c : v.configurations()) {
                List<ConfigNode> nodes = new ArrayList<>();
                for (ConfigNode n : c.nodes()) {
                    List<CpeMatch> matches = new ArrayList<>();
                    for (CpeMatch m : n.matches()) {
                        matches.add(new CpeMatch(m.vulnerable(), suffixed(m.criteria(), copy),
                                m.versionStartIncluding(), m.versionStartExcluding(), m.versionEndIncluding(),
                                m.versionEndExcluding(), null));
                    }
                    nodes.add(new ConfigNode(n.operator(), n.negate(), matches));
                }
                configurations.add(new Configuration(c.operator(), c.negate(), nodes));
            }
            all.add(new Vulnerability(String.format(Locale.ROOT, "CVE-%d-%06d", 3000 + copy % 1000, i), v.description(),
                    v.published(), v.lastModified(), v.status(), v.cvss(), v.cwes(), configurations, v.affected()));
        }
        return all;
    }

    /** The criteria with its product suffixed for copy {@code copy} (copy 0 is the original). */
    static String suffixed(String criteria, int copy) {
        if (copy == 0) {
            return criteria;
        }
        List<String> fields = CpeFields.split(criteria);
        if (fields.size() < 5 || fields.get(4).equals("*")) {
            return criteria;
        }
        fields.set(4, "b" + copy + "-" + fields.get(4));
        return String.join(":", fields);
    }

    /** Vendor name and model of every hardware product the base records name, as a device would report them. */
    static List<String[]> hardware(List<Vulnerability> base, CpeVendors vendors) {
        Set<String> seen = new LinkedHashSet<>();
        List<String[]> products = new ArrayList<>();
        for (Vulnerability v : base) {
            for (Configuration c : v.configurations()) {
                for (ConfigNode n : c.nodes()) {
                    for (CpeMatch m : n.matches()) {
                        List<String> f = CpeFields.split(m.criteria());
                        if (f.size() > 4 && f.get(2).equals("h") && !f.get(4).contains("*")
                                && seen.add(f.get(3) + ":" + f.get(4))) {
                            String model = f.get(4).replace("\\", "").replace("(", "").replace(")", "");
                            products.add(new String[] {vendors.ofToken(f.get(3)).vendor(), model.toUpperCase(Locale.ROOT)});
                        }
                    }
                }
            }
        }
        return products;
    }

    /**
     * {@code n} devices, {@code hitShare} of them models the records name (at a random copy), the rest models
     * no record names: half of a known vendor, half of vendors the data does not know.
     */
    static Identity[] devices(int n, double hitShare, List<String[]> hardware, int copies, long seed) {
        Random random = new Random(seed);
        Identity[] devices = new Identity[n];
        for (int i = 0; i < n; i++) {
            String vendor;
            String model;
            if (random.nextDouble() < hitShare) {
                String[] p = hardware.get(random.nextInt(hardware.size()));
                int copy = random.nextInt(copies);
                vendor = p[0];
                model = copy == 0 ? p[1] : "B" + copy + "-" + p[1];
            } else if (random.nextBoolean()) {
                vendor = hardware.get(random.nextInt(hardware.size()))[0];
                model = "ZX-" + random.nextInt(1_000_000);
            } else {
                vendor = "Acme Optics " + random.nextInt(500);
                model = "AO-" + random.nextInt(100_000);
            }
            String firmware = FIRMWARE[random.nextInt(FIRMWARE.length)];
            devices[i] = new Identity(field(vendor), field(model), field(firmware), null, null, null, null);
        }
        return devices;
    }

    private static IdentityField field(String value) {
        return value == null ? null : new IdentityField(value, 0.9, "bench");
    }
}
