package io.camwarden.vuln.match;

import io.camwarden.domain.vuln.Operator;
import java.util.List;
import java.util.Set;

/**
 * A configuration ready to evaluate. {@code hardwareVendors} are the vendors its hardware matches name: a
 * component of another vendor in the same configuration (a gSOAP library on a Sricam camera) is something
 * the device's identity cannot tell.
 */
record CompiledConfiguration(int number, Operator operator, boolean negate, List<CompiledNode> nodes,
                             Set<CpeVendors.Group> hardwareVendors) {
}
