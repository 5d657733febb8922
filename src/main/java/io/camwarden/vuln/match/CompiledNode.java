package io.camwarden.vuln.match;

import io.camwarden.domain.vuln.Operator;
import java.util.List;

/** A configuration node: its matches combined by {@code operator}, inverted when {@code negate}. */
record CompiledNode(Operator operator, boolean negate, List<CompiledMatch> matches) {
}
