package io.camwarden.vuln.match;

import io.camwarden.domain.vuln.Operator;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Evaluates a CVE's NVD configurations against a device, exactly as NVD defines applicability, in
 * three-valued logic: matches combine by their node's operator (AND, OR) and the node's negate, nodes by
 * the configuration's operator and negate.
 *
 * <p>One rule beyond the plain expression: a configuration applies only if a vulnerable match (not a
 * {@code vulnerable: false} platform) is TRUE in it, as NVD intends: a platform alone is never the
 * vulnerability, even where an old feed put it in an OR beside the vulnerable firmware.
 */
final class NvdEvaluator {

    private NvdEvaluator() {
    }

    static NvdVerdict evaluate(CompiledVulnerability v, DeviceFacts device) {
        return evaluate(v, device, null);
    }

    /**
     * @param selected the configurations (0-based) that may name the device, as the index found them through
     *                 their keys; null to find them here ({@link CompiledConfiguration#mayName})
     */
    static NvdVerdict evaluate(CompiledVulnerability v, DeviceFacts device, BitSet selected) {
        List<NvdVerdict.ConfigurationVerdict> naming = new ArrayList<>();
        Truth overall = Truth.FALSE;
        CompiledConfiguration[] configurations = v.configurations();
        for (int i = selected == null ? 0 : selected.nextSetBit(0); i >= 0 && i < configurations.length;
             i = selected == null ? i + 1 : selected.nextSetBit(i + 1)) {
            CompiledConfiguration c = configurations[i];
            if (selected == null && !c.mayName(device)) {
                continue; // names other products only
            }
            boolean names = false;
            List<MatchEvaluation> about = new ArrayList<>();
            Truth expression = identity(c.operator());
            Truth witness = Truth.FALSE;
            for (int ni = 0; ni < c.nodes().length; ni++) {
                CompiledNode n = c.nodes()[ni];
                Truth node = identity(n.operator());
                for (int mi = 0; mi < n.matches().length; mi++) {
                    CompiledMatch m = n.matches()[mi];
                    // numbers are 1-based, as an operator reads the JSON
                    MatchEvaluation e = CpeMatchEvaluator.evaluate(m, new CompiledMatch.Place(i + 1, ni + 1, mi + 1),
                            c, device);
                    node = combine(n.operator(), node, e.truth());
                    if (m.vulnerable() && !n.negate()) {
                        witness = witness.or(e.truth());
                    }
                    names |= e.namesDevice();
                    if (e.aboutDevice()) {
                        about.add(e);
                    }
                }
                expression = combine(c.operator(), expression, n.negate() ? node.not() : node);
            }
            if (!names) {
                continue; // about other products: software in it is not this device's
            }
            Truth truth = c.negate() ? expression.not() : expression.and(witness);
            naming.add(new NvdVerdict.ConfigurationVerdict(i + 1, truth, List.copyOf(about)));
            overall = overall.or(truth);
        }
        return naming.isEmpty() ? NvdVerdict.IRRELEVANT : new NvdVerdict(true, overall, List.copyOf(naming));
    }

    private static Truth identity(Operator op) {
        return op == Operator.AND ? Truth.TRUE : Truth.FALSE;
    }

    private static Truth combine(Operator op, Truth a, Truth b) {
        return op == Operator.AND ? a.and(b) : a.or(b);
    }
}
