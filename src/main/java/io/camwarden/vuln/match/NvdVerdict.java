package io.camwarden.vuln.match;

import java.util.List;

/**
 * What NVD's configurations of one CVE say about a device. {@code relevant} is false when no configuration
 * names the device (its vendor and a product that is or may be its model); then nothing else counts.
 * {@code truth}: TRUE when a configuration applies, FALSE when every configuration naming the device is
 * false, else UNKNOWN. {@code configurations} are the ones naming the device, with their evaluations.
 */
record NvdVerdict(boolean relevant, Truth truth, List<ConfigurationVerdict> configurations) {

    static final NvdVerdict IRRELEVANT = new NvdVerdict(false, Truth.FALSE, List.of());

    /**
     * One configuration's truth and the evaluations about the device (the steps of the explanation);
     * {@code number} is its place in the CVE, 1-based as in the JSON.
     */
    record ConfigurationVerdict(int number, Truth truth, List<MatchEvaluation> about) {
    }
}
