package io.camwarden.vuln.match;

import io.camwarden.domain.vuln.ConfigNode;
import io.camwarden.domain.vuln.Configuration;
import io.camwarden.domain.vuln.CpeMatch;
import io.camwarden.domain.vuln.Operator;
import io.camwarden.domain.vuln.Vulnerability;
import java.time.Instant;
import java.util.List;

/** Small hand-made CVE records for the matcher's rules, written as NVD writes them. */
final class Records {

    private Records() {
    }

    static Vulnerability cve(String id, Configuration... configurations) {
        return new Vulnerability(id, "test record", Instant.parse("2024-01-01T00:00:00Z"),
                Instant.parse("2024-01-02T00:00:00Z"), "Analyzed", List.of(), List.of(), List.of(configurations),
                List.of());
    }

    /** A configuration of nodes combined by AND (firmware on hardware). */
    static Configuration and(ConfigNode... nodes) {
        return new Configuration(Operator.AND, false, List.of(nodes));
    }

    static Configuration single(ConfigNode node) {
        return new Configuration(null, false, List.of(node));
    }

    static ConfigNode or(CpeMatch... matches) {
        return new ConfigNode(Operator.OR, false, List.of(matches));
    }

    static ConfigNode allOf(CpeMatch... matches) {
        return new ConfigNode(Operator.AND, false, List.of(matches));
    }

    static ConfigNode not(ConfigNode node) {
        return new ConfigNode(node.operator(), true, node.matches());
    }

    static CpeMatch vulnerable(String criteria) {
        return new CpeMatch(true, criteria, null, null, null, null, null);
    }

    static CpeMatch platform(String criteria) {
        return new CpeMatch(false, criteria, null, null, null, null, null);
    }

    /** Vulnerable, versions below {@code endExcluding}. */
    static CpeMatch before(String criteria, String endExcluding) {
        return new CpeMatch(true, criteria, null, null, null, endExcluding, null);
    }

    static CpeMatch between(String criteria, String startIncluding, String endIncluding) {
        return new CpeMatch(true, criteria, startIncluding, null, endIncluding, null, null);
    }

    static String fw(String vendor, String product, String version) {
        return "cpe:2.3:o:" + vendor + ":" + product + ":" + version + ":*:*:*:*:*:*:*";
    }

    static String hw(String vendor, String product) {
        return "cpe:2.3:h:" + vendor + ":" + product + ":-:*:*:*:*:*:*:*";
    }
}
