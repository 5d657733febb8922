package io.camwarden.vuln.match;

import io.camwarden.domain.vuln.MatchStep;

/**
 * What one cpeMatch gave for a device: its truth, whether it names the device (its vendor, and a product
 * that is or may be the device's model: this is what makes a CVE relevant), whether it is about the device
 * at all (worth showing in the explanation), the step for the explanation, and the sentence that says why
 * ("firmware 5.4.5 is outside the range up to 5.4.5 (excluding) of ds-2cd2032-i_firmware"). {@code noModel}: UNKNOWN
 * only because the identity has no model (summaries then list the products NVD names instead).
 */
record MatchEvaluation(CompiledMatch match, Truth truth, boolean namesDevice, boolean aboutDevice, MatchStep step,
                       String why, boolean noModel) {

    static MatchEvaluation notAbout(CompiledMatch match) {
        return new MatchEvaluation(match, Truth.FALSE, false, false, null, null, false);
    }
}
