package io.camwarden.vuln.match;

import java.util.HashMap;
import java.util.Map;

/**
 * One instance of each equal string while an index is compiled: NVD repeats vendor tokens, versions and
 * the tails of CPE names millions of times, and each parse makes a new copy. Lives only as long as the
 * compile; what it returned stays shared.
 */
final class StringPool {

    private final Map<String, String> strings = new HashMap<>();

    /** The pooled instance equal to {@code s}; null stays null. */
    String of(String s) {
        return s == null ? null : strings.computeIfAbsent(s, x -> x);
    }
}
