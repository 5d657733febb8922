package io.camwarden.checks.registry;

import io.camwarden.checks.Decision;
import io.camwarden.checks.DeviceFacts;
import io.camwarden.domain.check.Evidence;
import java.util.ArrayList;
import java.util.List;

/** Collects the facts a check looked at; a missing value is written as "(none)" so evidence shows the gap. */
final class FactList {

    static final String NONE = "(none)";

    private final List<Evidence.Fact> facts = new ArrayList<>();

    FactList add(String name, Object value, String source) {
        String v = value == null || value.toString().isBlank() ? NONE : value.toString();
        facts.add(new Evidence.Fact(name, v, source));
        return this;
    }

    Evidence evidence(String summary) {
        return new Evidence(summary, facts);
    }

    /** The NOT_APPLICABLE answer of a check about the information system, for a device that has none. */
    static Decision noSystem(DeviceFacts f, String what) {
        return Decision.notApplicable(new FactList()
                .add("device.information_system_id", null, f.deviceSource())
                .evidence("The device belongs to no information system, so " + what + "; INV-02 reports the missing"
                        + " system."));
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
