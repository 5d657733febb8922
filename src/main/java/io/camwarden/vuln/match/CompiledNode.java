package io.camwarden.vuln.match;

import io.camwarden.domain.vuln.Operator;
import java.util.Arrays;

/**
 * A configuration node: its matches combined by {@code operator}, inverted when {@code negate}. An array, not
 * a list, and equal by content: the compiler shares one node among the CVEs that repeat it (NVD lists the same
 * hardware platforms under many CVEs of a vendor). Never changed once compiled.
 */
record CompiledNode(Operator operator, boolean negate, CompiledMatch[] matches) {

    @Override
    public boolean equals(Object o) {
        return o instanceof CompiledNode n && n.operator == operator && n.negate == negate
                && Arrays.equals(n.matches, matches);
    }

    @Override
    public int hashCode() {
        return (operator.hashCode() * 31 + Boolean.hashCode(negate)) * 31 + Arrays.hashCode(matches);
    }

    @Override
    public String toString() {
        return "CompiledNode[" + operator + (negate ? ", negate" : "") + ", " + Arrays.toString(matches) + "]";
    }
}
