package io.camwarden.vuln.match;

import io.camwarden.domain.vuln.Operator;
import io.camwarden.domain.vuln.ProductKey;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;

/**
 * A configuration ready to evaluate. {@code hardwareVendors} are the vendors its hardware matches name: a
 * component of another vendor in the same configuration (a gSOAP library on a Sricam camera) is something
 * the device's identity cannot tell. {@code keys} are the products its matches name: a configuration can
 * name a device only if the device has one of them, so the others are never evaluated (a CVE's 130
 * configurations for 130 Axis models cost one set lookup each, not 260 match evaluations).
 *
 * <p>It does not know its own number: equal by content, one instance serves every CVE that repeats the
 * configuration, and the number is its place in the CVE ({@link CompiledVulnerability}).
 */
record CompiledConfiguration(Operator operator, boolean negate, CompiledNode[] nodes,
                             Set<CpeVendors.Group> hardwareVendors, Set<ProductKey> keys) {

    /** False when no match of this configuration can name the device: then it need not be evaluated. */
    boolean mayName(DeviceFacts device) {
        if (device.models().isEmpty()) {
            for (ProductKey k : keys) {
                if (device.vendorTokens().contains(k.vendor())) {
                    return true;
                }
            }
            return false;
        }
        Set<ProductKey> deviceKeys = device.keys();
        for (ProductKey k : keys) {
            if (deviceKeys.contains(k)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CompiledConfiguration c && c.operator == operator && c.negate == negate
                && Arrays.equals(c.nodes, nodes) && c.hardwareVendors.equals(hardwareVendors) && c.keys.equals(keys);
    }

    @Override
    public int hashCode() {
        return Objects.hash(operator, negate, Arrays.hashCode(nodes), hardwareVendors, keys);
    }

    @Override
    public String toString() {
        return "CompiledConfiguration[" + operator + (negate ? ", negate" : "") + ", " + Arrays.toString(nodes) + "]";
    }
}
