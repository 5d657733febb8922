package io.camwarden.vuln.match;

import io.camwarden.domain.vuln.MatchStep;
import io.camwarden.domain.vuln.VulnerabilityMatch;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Puts NVD's verdict and the advisories that cover a device together into one answer with its summary and
 * steps. Precedence:
 * <ol>
 *   <li>A firm NVD answer (AFFECTED or NOT_AFFECTED) stands. An advisory that says otherwise is named in
 *       the summary as disagreeing, never silently obeyed: an advisory is one party's statement, and a
 *       wrong "fixed" would hide a vulnerable device.</li>
 *   <li>Where NVD says UNKNOWN, or does not name the device at all, the covering advisories decide: their
 *       firm answer if they agree, UNKNOWN if they disagree with each other or cannot decide either.</li>
 *   <li>Neither NVD nor an advisory names the device: the CVE is not about it (empty).</li>
 * </ol>
 */
final class MatchDecision {

    private static final int MAX_REASONS = 4;

    private MatchDecision() {
    }

    static Optional<VulnerabilityMatch> decide(String cve, NvdVerdict nvd, List<AdvisoryEvaluation> advisories) {
        if (!nvd.relevant() && advisories.isEmpty()) {
            return Optional.empty();
        }
        List<MatchStep> steps = new ArrayList<>(nvdSteps(nvd));
        advisories.forEach(a -> steps.add(a.step()));
        Truth advised = advised(advisories);
        boolean nvdFirm = nvd.relevant() && nvd.truth() != Truth.UNKNOWN;
        StringBuilder summary = new StringBuilder();
        Truth result;
        if (nvdFirm) {
            result = nvd.truth();
            summary.append(nvdSummary(nvd));
            for (AdvisoryEvaluation a : advisories) {
                if (a.truth() != Truth.UNKNOWN && a.truth() != result) {
                    summary.append(" The vendor advisory disagrees: ").append(a.why())
                            .append(". NVD's answer stands; check the device against the advisory.");
                }
            }
        } else if (advised != null) {
            result = advised;
            summary.append(advisories.stream().filter(a -> a.truth() == advised).map(AdvisoryEvaluation::why)
                    .distinct().reduce((x, y) -> x + "; " + y).orElse("")).append('.');
            if (nvd.relevant()) {
                summary.append(" NVD alone could not decide: ").append(String.join("; ", unknownReasons(nvd)))
                        .append('.');
            }
        } else {
            result = Truth.UNKNOWN;
            List<String> reasons = new ArrayList<>(nvd.relevant() ? unknownReasons(nvd) : List.of());
            advisories.forEach(a -> reasons.add(a.why()));
            if (firmAdvisories(advisories) > 1) {
                reasons.add("the advisories that cover the device disagree");
            }
            summary.append(String.join("; ", limit(reasons))).append('.');
        }
        String head = switch (result.result()) {
            case AFFECTED -> "Affected: ";
            case NOT_AFFECTED -> "Not affected: ";
            case UNKNOWN -> "Unknown: ";
        };
        return Optional.of(new VulnerabilityMatch(cve, result.result(), head + summary, steps));
    }

    /** The advisories' common firm answer; null when none is firm or firm ones disagree. */
    private static Truth advised(List<AdvisoryEvaluation> advisories) {
        Set<Truth> firm = new LinkedHashSet<>();
        for (AdvisoryEvaluation a : advisories) {
            if (a.truth() != Truth.UNKNOWN) {
                firm.add(a.truth());
            }
        }
        return firm.size() == 1 ? firm.iterator().next() : null;
    }

    private static long firmAdvisories(List<AdvisoryEvaluation> advisories) {
        return advisories.stream().map(AdvisoryEvaluation::truth).filter(t -> t != Truth.UNKNOWN).distinct().count();
    }

    /** Steps of the configuration that applies, or of every configuration naming the device. */
    private static List<MatchStep> nvdSteps(NvdVerdict nvd) {
        List<MatchStep> steps = new ArrayList<>();
        NvdVerdict.ConfigurationVerdict applies = applying(nvd);
        for (NvdVerdict.ConfigurationVerdict c : nvd.configurations()) {
            if (applies == null || c == applies) {
                c.about().forEach(e -> steps.add(e.step()));
            }
        }
        return steps;
    }

    private static NvdVerdict.ConfigurationVerdict applying(NvdVerdict nvd) {
        return nvd.configurations().stream().filter(c -> c.truth() == Truth.TRUE).findFirst().orElse(null);
    }

    private static String nvdSummary(NvdVerdict nvd) {
        NvdVerdict.ConfigurationVerdict applies = applying(nvd);
        if (applies != null) {
            List<String> whys = new ArrayList<>();
            for (boolean vulnerable : new boolean[] {true, false}) {
                for (MatchEvaluation e : applies.about()) {
                    if (e.truth() == Truth.TRUE && e.match().vulnerable() == vulnerable && e.why() != null
                            && !whys.contains(e.why())) {
                        whys.add(e.why());
                    }
                }
            }
            return String.join("; ", whys) + " (NVD configuration " + applies.number() + ").";
        }
        Set<String> whys = new LinkedHashSet<>();
        for (NvdVerdict.ConfigurationVerdict c : nvd.configurations()) {
            for (MatchEvaluation e : c.about()) {
                if (e.truth() == Truth.FALSE && e.why() != null) {
                    whys.add(e.why() + " (configuration " + c.number() + ")");
                }
            }
        }
        if (whys.isEmpty()) {
            return "NVD names the device, but none of its configurations for it applies.";
        }
        return String.join("; ", limit(new ArrayList<>(whys))) + ".";
    }

    /** Why each undecided configuration naming the device is undecided, each reason once. */
    private static List<String> unknownReasons(NvdVerdict nvd) {
        Set<String> reasons = new LinkedHashSet<>();
        Set<String> products = new LinkedHashSet<>();
        for (NvdVerdict.ConfigurationVerdict c : nvd.configurations()) {
            if (c.truth() != Truth.UNKNOWN) {
                continue;
            }
            for (MatchEvaluation e : c.about()) {
                if (e.noModel()) {
                    products.add(e.match().criterion().product().base());
                } else if (e.truth() == Truth.UNKNOWN && e.why() != null) {
                    reasons.add(e.why() + " (configuration " + c.number() + ")");
                }
            }
        }
        List<String> all = new ArrayList<>();
        if (!products.isEmpty()) { // without a model the rest is beside the point
            reasons.clear();
            List<String> some = new ArrayList<>(products).subList(0, Math.min(products.size(), MAX_REASONS));
            all.add("the identity has no model, and NVD names " + (products.size() == 1 ? "the product " : "the "
                    + products.size() + " products ") + String.join(", ", some)
                    + (products.size() > some.size() ? ", ..." : ""));
        }
        all.addAll(reasons);
        return limit(all);
    }

    private static List<String> limit(List<String> reasons) {
        if (reasons.size() <= MAX_REASONS) {
            return reasons;
        }
        List<String> some = new ArrayList<>(reasons.subList(0, MAX_REASONS));
        some.add("and " + (reasons.size() - MAX_REASONS) + " more like these (see the steps)");
        return some;
    }
}
