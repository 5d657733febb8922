package io.camwarden.vuln.source;

import io.camwarden.domain.vuln.AffectedProduct;
import io.camwarden.domain.vuln.ConfigNode;
import io.camwarden.domain.vuln.Configuration;
import io.camwarden.domain.vuln.CpeMatch;
import io.camwarden.domain.vuln.Operator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * NVD-style configurations from a CVE JSON 5 record's {@code affected} entries, only where the entry says it
 * unambiguously; everything else stays in {@code affected} for people to read, and the matcher answers from
 * NVD's configurations or advisories. One entry gives one configuration when:
 * <ul>
 *   <li>it names its product by CPE 2.3 ({@code cpes}) — vendor and product text alone are no CPE tokens;</li>
 *   <li>every version entry says "affected" (an "unaffected" or "unknown" one, or a default status of
 *       "affected" beside listed versions, would need "everything except", which a configuration cannot say
 *       safely), and none is a commit ({@code versionType} "git", or hex hashes);</li>
 *   <li>at least one CPE is firmware or software ({@code o}, {@code a}): those become the vulnerable matches,
 *       each version entry a range ({@code version} as the start unless "0" or "*", {@code lessThan} as an
 *       excluded end, {@code lessThanOrEqual} as an included end) or an exact version; a CPE that states its
 *       own version ({@code -} or a number) is taken as it is, and only when no range contradicts it;</li>
 *   <li>hardware CPEs ({@code h}) become the platform node, ANDed with the vulnerable one, as NVD writes
 *       firmware on hardware; an entry of hardware alone (a firmware range on a hardware CPE) says too little.</li>
 * </ul>
 */
final class Cve5Configurations {

    private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{12,40}");
    private static final Set<String> NO_START = Set.of("0", "*", "");

    private Cve5Configurations() {
    }

    static List<Configuration> of(List<AffectedProduct> affected) {
        List<Configuration> configurations = new ArrayList<>();
        for (AffectedProduct a : affected) {
            Configuration c = of(a);
            if (c != null) {
                configurations.add(c);
            }
        }
        return configurations;
    }

    /** The configuration of one entry, or null when the entry cannot say one unambiguously. */
    static Configuration of(AffectedProduct a) {
        if (a.cpes().isEmpty()) {
            return null;
        }
        boolean defaultAffected = "affected".equalsIgnoreCase(a.defaultStatus());
        if ("unaffected".equalsIgnoreCase(a.defaultStatus()) && a.versions().isEmpty()) {
            return null;
        }
        if (defaultAffected && !a.versions().isEmpty()) {
            return null;
        }
        for (AffectedProduct.AffectedVersion v : a.versions()) {
            if (!"affected".equalsIgnoreCase(v.status()) || "git".equalsIgnoreCase(v.versionType())
                    || isCommit(v.version()) || isCommit(v.lessThan()) || isCommit(v.lessThanOrEqual())) {
                return null;
            }
        }
        List<CpeMatch> vulnerable = new ArrayList<>();
        List<CpeMatch> platform = new ArrayList<>();
        for (String cpe : a.cpes()) {
            List<String> f = CpeFields.split(cpe);
            if (f.size() != 13 || !f.get(0).equals("cpe") || !f.get(1).equals("2.3")) {
                return null;
            }
            String part = f.get(2);
            if (part.equals("h")) {
                platform.add(new CpeMatch(false, cpe, null, null, null, null, null));
            } else if (part.equals("o") || part.equals("a")) {
                List<CpeMatch> matches = matches(f, a.versions());
                if (matches == null) {
                    return null;
                }
                vulnerable.addAll(matches);
            } else {
                return null;
            }
        }
        if (vulnerable.isEmpty()) {
            return null;
        }
        List<ConfigNode> nodes = new ArrayList<>();
        nodes.add(new ConfigNode(Operator.OR, false, vulnerable));
        if (!platform.isEmpty()) {
            nodes.add(new ConfigNode(Operator.OR, false, platform));
            return new Configuration(Operator.AND, false, nodes);
        }
        return new Configuration(Operator.OR, false, nodes);
    }

    /** The vulnerable matches of one firmware or software CPE, or null when its versions contradict it. */
    private static List<CpeMatch> matches(List<String> cpe, List<AffectedProduct.AffectedVersion> versions) {
        String stated = cpe.get(5);
        String criteria = String.join(":", cpe);
        if (versions.isEmpty()) {
            return List.of(new CpeMatch(true, criteria, null, null, null, null, null));
        }
        List<CpeMatch> matches = new ArrayList<>();
        for (AffectedProduct.AffectedVersion v : versions) {
            String version = v.version() == null ? "" : v.version().strip();
            String lessThan = blankToNull(v.lessThan());
            String lessOrEqual = blankToNull(v.lessThanOrEqual());
            boolean range = lessThan != null || lessOrEqual != null;
            if (!stated.equals("*")) {
                // the CPE states its version: fine when the entry says just that version, contradictory otherwise
                if (range || !(version.equals(stated) || version.equals("*") || version.isEmpty()
                        || version.equalsIgnoreCase("n/a"))) {
                    return null;
                }
                matches.add(new CpeMatch(true, criteria, null, null, null, null, null));
                continue;
            }
            if (range) {
                String start = NO_START.contains(version) ? null : version;
                String end = lessOrEqual != null && lessOrEqual.equals("*") ? null : lessOrEqual;
                if (start != null && start.toLowerCase(Locale.ROOT).matches("n/?a|unspecified|unknown")) {
                    return null;
                }
                String endExcluding = "*".equals(lessThan) ? null : lessThan; // "less than *": no end
                matches.add(new CpeMatch(true, criteria, start, null, end, endExcluding, null));
            } else if (version.equals("*")) {
                matches.add(new CpeMatch(true, criteria, null, null, null, null, null));
            } else if (version.isEmpty() || version.toLowerCase(Locale.ROOT).matches("n/?a|unspecified|unknown")) {
                return null;
            } else {
                List<String> exact = new ArrayList<>(cpe);
                exact.set(5, CpeFields.escape(version));
                matches.add(new CpeMatch(true, String.join(":", exact), null, null, null, null, null));
            }
        }
        return matches;
    }

    private static boolean isCommit(String s) {
        return s != null && COMMIT.matcher(s).matches() && s.chars().anyMatch(Character::isLetter);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
