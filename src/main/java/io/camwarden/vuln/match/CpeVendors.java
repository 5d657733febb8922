package io.camwarden.vuln.match;

import io.camwarden.fingerprint.Csv;
import io.camwarden.fingerprint.FingerprintDataException;
import io.camwarden.identity.VendorNames;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which CPE vendor tokens NVD files a device vendor's products under, read from {@code vuln/cpe_vendors.csv}
 * (see the README beside it): Dahua is {@code dahuasecurity} and {@code dahua}, Hanwha Vision (Samsung
 * Techwin, Wisenet) is {@code hanwha-security}, {@code hanwhasecurity}, {@code hanwhavision} and
 * {@code samsung}. The device's vendor is first made canonical by {@link VendorNames} ("Zhejiang Dahua
 * Technology Co., Ltd." is Dahua). A vendor the file does not list is filed under its own name as a token
 * ("March Networks" → {@code march_networks}, {@code marchnetworks}, {@code march-networks}).
 */
public final class CpeVendors {

    static final String FILE = "cpe_vendors.csv";
    private static final List<String> HEADER = List.of("vendor", "nvd_vendors", "model_prefixes", "source");

    /**
     * One vendor as NVD knows it: its name, the tokens its CPEs use, and the prefixes its model names are
     * written with or without ("dh-" for Dahua).
     */
    public record Group(String vendor, Set<String> tokens, List<String> modelPrefixes) {

        public Group {
            tokens = Set.copyOf(tokens);
            modelPrefixes = List.copyOf(modelPrefixes);
        }
    }

    private static final int MAX_REMEMBERED = 10_000;

    private final VendorNames names;
    private final Map<String, Group> byNameKey;
    private final Map<String, Group> byToken;
    /** Vendor names as devices spell them, resolved: a fleet repeats a few hundred spellings millions of times. */
    private final Map<String, Optional<Group>> remembered = new ConcurrentHashMap<>();

    private CpeVendors(VendorNames names, Map<String, Group> byNameKey, Map<String, Group> byToken) {
        this.names = names;
        this.byNameKey = Map.copyOf(byNameKey);
        this.byToken = Map.copyOf(byToken);
    }

    /** The shipped vendor list. */
    public static CpeVendors bundled() {
        try (InputStream in = CpeVendors.class.getResourceAsStream("/vuln/" + FILE)) {
            if (in == null) {
                throw new FingerprintDataException("vulnerability matching data /vuln/" + FILE + " is missing from"
                        + " the classpath; the CamWarden jar is incomplete: reinstall it");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), VendorNames.bundled());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CpeVendors read(Reader reader, VendorNames names) {
        Map<String, Group> byNameKey = new HashMap<>();
        Map<String, Group> byToken = new HashMap<>();
        for (Csv.Row row : Csv.read(FILE, reader, HEADER)) {
            List<String> vendorNames = split(row.cell(0));
            Set<String> tokens = new LinkedHashSet<>(split(row.cell(1)));
            if (vendorNames.isEmpty() || tokens.isEmpty()) {
                throw new FingerprintDataException(FILE + " line " + row.line() + ": a row needs a vendor and at"
                        + " least one NVD vendor token");
            }
            Group group = new Group(vendorNames.getFirst(), tokens, split(row.cell(2)));
            for (String name : vendorNames) {
                Group earlier = byNameKey.putIfAbsent(VendorNames.key(name), group);
                if (earlier != null) {
                    throw new FingerprintDataException(FILE + " line " + row.line() + ": vendor '" + name
                            + "' is already listed as " + earlier.vendor());
                }
            }
            for (String token : tokens) {
                byToken.putIfAbsent(token, group); // arlo's netgear stays Netgear's own group
            }
        }
        return new CpeVendors(names, byNameKey, byToken);
    }

    /**
     * The NVD vendor of a device vendor as the identity names it ("DAHUA", "Samsung Techwin", "dahuasecurity").
     * Empty for blanks and placeholders such as "IPCAM" that name no vendor.
     */
    public Optional<Group> ofVendor(String vendor) {
        if (vendor == null || vendor.isBlank()) {
            return Optional.empty();
        }
        Optional<Group> known = remembered.get(vendor);
        if (known != null) {
            return known;
        }
        Optional<Group> found = resolve(vendor);
        if (remembered.size() < MAX_REMEMBERED) {
            remembered.put(vendor, found);
        }
        return found;
    }

    private Optional<Group> resolve(String vendor) {
        Group g = byNameKey.get(VendorNames.key(vendor));
        if (g == null) {
            g = byToken.get(CpeTokens.token(vendor));
        }
        if (g != null) {
            return Optional.of(g);
        }
        Optional<String> canonical = names.canonical(vendor);
        if (canonical.isEmpty()) {
            return Optional.empty();
        }
        g = byNameKey.get(VendorNames.key(canonical.get()));
        return Optional.of(g != null ? g : unlisted(canonical.get()));
    }

    /** The vendor a CPE's vendor token belongs to ("dahua" → Dahua with all its tokens). */
    public Group ofToken(String token) {
        Group g = byToken.get(token);
        return g != null ? g : new Group(token, Set.of(token), List.of());
    }

    private static Group unlisted(String name) {
        String token = CpeTokens.token(name);
        Set<String> tokens = new LinkedHashSet<>(List.of(token, CpeTokens.squash(token), token.replace('_', '-')));
        return new Group(name, tokens, List.of());
    }

    private static List<String> split(String cell) {
        List<String> parts = new ArrayList<>();
        for (String p : cell.split("\\|")) {
            if (!p.isBlank()) {
                parts.add(p.strip());
            }
        }
        return parts;
    }
}
