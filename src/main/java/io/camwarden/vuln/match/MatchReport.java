package io.camwarden.vuln.match;

import io.camwarden.domain.vuln.CvssScore;
import io.camwarden.domain.vuln.DeviceVulnerability;
import io.camwarden.domain.vuln.EpssScore;
import io.camwarden.domain.vuln.Exposure;
import io.camwarden.domain.vuln.KevEntry;
import io.camwarden.domain.vuln.MatchStep;
import io.camwarden.domain.vuln.VulnerabilityMatch;
import io.camwarden.domain.vuln.VulnerabilityPriority;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place a match becomes what people read: its priority (from {@link VulnerabilityPriority}) and its
 * JSON shape, the same for {@code camwarden match} (one line per CVE) and the server's device vulnerability
 * lists ({@code cve}, {@code result}, {@code summary}, {@code explanation}, {@code kev}, {@code epss},
 * {@code cvss}, {@code priority}).
 */
public final class MatchReport {

    private MatchReport() {
    }

    /**
     * One line of {@code camwarden match}: the CVE, its answer and why, KEV, EPSS, CVSS and the priority.
     * {@code cvss}: the record's scores, or the one the index keeps ({@link VulnerabilityIndex#cvss}).
     */
    public static Map<String, Object> line(VulnerabilityMatch m, List<CvssScore> cvss, KevEntry kev, EpssScore epss,
                                           Exposure exposure, LocalDate today) {
        var score = VulnerabilityPriority.score(m.result(), cvss, kev, epss, exposure, today);
        CvssScore c = score.cvss();
        return json(m.cve(), m.result().name(), m.summary(), m.steps(),
                kev == null ? null : kev(kev.dateAdded(), kev.dueDate(), kev.knownRansomwareUse(), today),
                epss == null ? null : epss(epss.score(), epss.percentile()),
                c == null ? null : cvss(c.version(), c.baseScore(), c.vector()), score.priority());
    }

    /** A match of one registered device, scored and ready to store. */
    public static DeviceVulnerability forDevice(long deviceId, VulnerabilityMatch m, List<CvssScore> cvss, KevEntry kev,
                                                EpssScore epss, Exposure exposure, LocalDate today, Instant now) {
        var score = VulnerabilityPriority.score(m.result(), cvss, kev, epss, exposure, today);
        CvssScore c = score.cvss();
        return new DeviceVulnerability(deviceId, m.cve(), m.result(), m.summary(), m.steps(),
                c == null ? null : c.baseScore(), c == null ? null : c.version(), kev != null,
                kev == null ? null : kev.dueDate(), epss == null ? null : epss.score(),
                epss == null ? null : epss.percentile(), score.priority(), now, now, now);
    }

    /** A stored device match in the same shape as a {@code camwarden match} line, with its dates. */
    public static Map<String, Object> json(DeviceVulnerability d, LocalDate today) {
        Map<String, Object> line = json(d.cve(), d.result().name(), d.summary(), d.steps(),
                d.kev() ? kev(null, d.kevDueDate(), null, today) : null,
                d.epss() == null ? null : epss(d.epss(), d.epssPercentile() == null ? 0 : d.epssPercentile()),
                d.cvss() == null ? null : cvss(d.cvssVersion(), d.cvss(), null), d.priority());
        line.put("firstSeen", d.firstSeen().toString());
        line.put("lastChanged", d.lastChanged().toString());
        line.put("matchedAt", d.matchedAt().toString());
        return line;
    }

    private static Map<String, Object> json(String cve, String result, String summary, List<MatchStep> steps,
                                            Map<String, Object> kev, Map<String, Object> epss,
                                            Map<String, Object> cvss, int priority) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("cve", cve);
        line.put("result", result);
        line.put("summary", summary);
        line.put("explanation", explanation(steps));
        line.put("kev", kev);
        line.put("epss", epss);
        line.put("cvss", cvss);
        line.put("priority", priority);
        return line;
    }

    /** The steps of a match: where in the data, criteria, range, identity field, its value and source, outcome. */
    public static List<Map<String, Object>> explanation(List<MatchStep> steps) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (MatchStep s : steps) {
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("where", s.where());
            step.put("criteria", s.criteria());
            step.put("range", s.range());
            step.put("field", s.identityField());
            step.put("value", s.identityValue());
            step.put("source", s.source());
            step.put("outcome", s.outcome().name());
            out.add(step);
        }
        return out;
    }

    /** KEV facts; {@code dateAdded} and {@code ransomware} only where known (a stored match keeps the due date). */
    public static Map<String, Object> kev(LocalDate dateAdded, LocalDate dueDate, Boolean ransomware, LocalDate today) {
        Map<String, Object> k = new LinkedHashMap<>();
        if (dateAdded != null || ransomware != null) {
            k.put("dateAdded", dateAdded == null ? null : dateAdded.toString());
        }
        k.put("dueDate", dueDate == null ? null : dueDate.toString());
        k.put("overdue", dueDate != null && dueDate.isBefore(today));
        if (ransomware != null) {
            k.put("ransomware", ransomware);
        }
        return k;
    }

    private static Map<String, Object> epss(double score, double percentile) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("score", score);
        e.put("percentile", percentile);
        return e;
    }

    private static Map<String, Object> cvss(String version, double score, String vector) {
        Map<String, Object> cv = new LinkedHashMap<>();
        cv.put("version", version);
        cv.put("score", score);
        if (vector != null) {
            cv.put("vector", vector);
        }
        return cv;
    }
}
