package io.camwarden.domain.vuln;

import java.util.List;

/**
 * One NVD configuration: nodes combined by {@code operator} (NVD omits it for a single node, meaning OR).
 * A CVE applies to a platform when any of its configurations does.
 */
public record Configuration(Operator operator, boolean negate, List<ConfigNode> nodes) {

    public Configuration {
        operator = operator == null ? Operator.OR : operator;
        nodes = List.copyOf(nodes);
    }
}
