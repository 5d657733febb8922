package io.camwarden.domain.vuln;

import java.util.List;

/** A node of an NVD configuration: its CPE matches combined by {@code operator}, the result inverted when {@code negate}. */
public record ConfigNode(Operator operator, boolean negate, List<CpeMatch> matches) {

    public ConfigNode {
        operator = operator == null ? Operator.OR : operator;
        matches = List.copyOf(matches);
    }
}
