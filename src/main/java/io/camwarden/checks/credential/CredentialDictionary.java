package io.camwarden.checks.credential;

import io.camwarden.domain.scan.ServiceProtocol;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The credentials worth trying on a device, most likely first, from the shipped data: the defaults of its
 * vendor (or of the firmware family behind an OEM brand), high confidence before medium, never the low-
 * confidence leads; then the defaults commonest across vendors; then the weak-password dictionary of
 * AUTH-02. A pair appears once, however many rows name it.
 */
public final class CredentialDictionary {

    private record Row(String vendor, String family, String username, List<String> passwords,
                       Set<ServiceProtocol> protocols, int confidence, String source) {
    }

    private final List<Row> rows;
    private final List<String> weakPasswords;

    private CredentialDictionary(List<Row> rows, List<String> weakPasswords) {
        this.rows = rows;
        this.weakPasswords = weakPasswords;
    }

    public static CredentialDictionary bundled() {
        try (InputStream csv = resource("/credentials/default_credentials.csv");
             InputStream weak = resource("/credentials/weak_passwords.txt")) {
            List<Row> rows = new ArrayList<>();
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
                int confidence = switch (r.get("confidence").strip().toLowerCase(Locale.ROOT)) {
                    case "high" -> 2;
                    case "medium" -> 1;
                    default -> 0;
                };
                List<String> passwords = alternatives(r.get("password"));
                String user = r.get("username").strip();
                Set<ServiceProtocol> protocols = protocols(r.get("interface"));
                if (confidence == 0 || passwords.isEmpty() || placeholder(user) || protocols.isEmpty()) {
                    continue; // leads, "<set at first login>", and interfaces CamWarden does not log in to
                }
                rows.add(new Row(r.get("vendor"), r.get("family_or_oem"), user, passwords, protocols, confidence,
                        r.get("source")));
            }
            List<String> weakList = new String(weak.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            return new CredentialDictionary(rows, weakList);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Up to {@code limit} candidates for a device of this vendor (null when unknown), best first. */
    public List<CredentialCandidate> candidates(String vendor, int limit) {
        Map<String, CredentialCandidate> out = new LinkedHashMap<>();
        String v = vendor == null ? "" : vendor.toLowerCase(Locale.ROOT);
        if (!v.isBlank()) {
            for (int confidence = 2; confidence >= 1; confidence--) {
                for (Row r : rows) {
                    if (r.confidence() == confidence && matches(r, v)) {
                        for (String p : r.passwords()) {
                            add(out, new CredentialCandidate(r.username(), p, r.protocols(),
                                    CredentialCandidate.Kind.VENDOR_DEFAULT, "default of " + r.vendor()
                                    + " (" + (confidence == 2 ? "high" : "medium") + " confidence; " + r.source() + ")"));
                        }
                    }
                }
            }
        }
        for (Map.Entry<String, Integer> common : commonDefaults()) {
            String[] up = common.getKey().split("\u0000", 2);
            add(out, new CredentialCandidate(up[0], up[1], Set.of(), CredentialCandidate.Kind.VENDOR_DEFAULT,
                    "default of " + common.getValue() + " camera vendors in the shipped data"));
        }
        Set<String> users = new LinkedHashSet<>();
        out.values().stream().filter(c -> c.reason().startsWith("default of " + (vendor == null ? "" : vendor)))
                .forEach(c -> users.add(c.username()));
        users.add("admin");
        for (String p : weakPasswords) {
            for (String u : users) {
                add(out, new CredentialCandidate(u, p, Set.of(), CredentialCandidate.Kind.WEAK_PASSWORD,
                        "common weak password (AUTH-02 dictionary)"));
            }
        }
        return out.values().stream().limit(Math.max(0, limit)).toList();
    }

    /** Pairs that are the default of several vendors, most vendors first: worth trying on unknown devices. */
    private List<Map.Entry<String, Integer>> commonDefaults() {
        Map<String, Set<String>> vendorsByPair = new HashMap<>();
        for (Row r : rows) {
            if (r.confidence() == 2 || r.confidence() == 1) {
                for (String p : r.passwords()) {
                    vendorsByPair.computeIfAbsent(r.username() + "\u0000" + p, k -> new LinkedHashSet<>())
                            .add(r.family().isBlank() ? r.vendor() : r.family());
                }
            }
        }
        List<Map.Entry<String, Integer>> pairs = new ArrayList<>();
        vendorsByPair.forEach((pair, vendors) -> {
            if (vendors.size() >= 2) {
                pairs.add(Map.entry(pair, vendors.size()));
            }
        });
        pairs.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        return pairs;
    }

    private static boolean matches(Row r, String vendor) {
        return r.vendor().toLowerCase(Locale.ROOT).contains(vendor) || r.family().toLowerCase(Locale.ROOT).contains(vendor);
    }

    private static void add(Map<String, CredentialCandidate> out, CredentialCandidate c) {
        out.putIfAbsent(c.username() + "\u0000" + c.password(), c);
    }

    /** "admin | 1234 | <blank>" → ["admin", "1234", ""]; placeholders such as "<set at first login>" drop out. */
    static List<String> alternatives(String cell) {
        List<String> out = new ArrayList<>();
        for (String part : cell.split("\\|")) {
            String p = part.strip();
            if (p.equalsIgnoreCase("<blank>")) {
                out.add("");
            } else if (!placeholder(p) && !p.isEmpty() && !p.equalsIgnoreCase("unknown")) {
                out.add(p);
            }
        }
        return out;
    }

    private static boolean placeholder(String s) {
        return s.startsWith("<") || s.equalsIgnoreCase("unknown");
    }

    /** The protocols an "interface" cell names; empty when it names none CamWarden can test. */
    static Set<ServiceProtocol> protocols(String iface) {
        String i = iface.toUpperCase(Locale.ROOT);
        Set<ServiceProtocol> p = EnumSet.noneOf(ServiceProtocol.class);
        if (i.contains("HTTP") || i.contains("ISAPI") || i.contains("CGI")) {
            p.add(ServiceProtocol.HTTP);
        }
        if (i.contains("RTSP")) {
            p.add(ServiceProtocol.RTSP);
        }
        if (i.contains("ONVIF")) {
            p.add(ServiceProtocol.ONVIF);
        }
        if (i.contains("TELNET")) {
            p.add(ServiceProtocol.TELNET);
        }
        return p;
    }

    private static InputStream resource(String name) {
        InputStream in = CredentialDictionary.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is missing from the jar");
        }
        return in;
    }
}
