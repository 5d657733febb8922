package io.camwarden.checks;

import io.camwarden.domain.check.SeverityRule;

/**
 * The code that decides one catalogue check. The rule set says what the check is (title, severity,
 * minimum level, mappings); a unit says how CamWarden observes it. The engine applies the rule set around
 * it: a unit is only asked when the check applies at the device's level, and its decision gets the
 * severity the rule set gives at that level. Registry checks read {@link CheckSubject#facts()}; network
 * checks will read {@link CheckSubject#scan()} and plug in the same way.
 */
public interface CheckUnit {

    /** The catalogue ID this unit decides, e.g. "INV-05". */
    String checkId();

    /** One or two sentences: how the check is decided. Shown in docs/checks.md and GET /api/v1/checks. */
    String howDecided();

    /**
     * What the unit still waits for before it can decide, or null when it decides now. A waiting unit
     * answers NOT_TESTED and says in its evidence what is missing.
     */
    default String awaiting() {
        return null;
    }

    /**
     * For a check that cannot be observed over the network and is decided from what CamWarden collects instead
     * (the owner questionnaire, the decommission record, the vendor register, imported reports, the findings
     * workflow): why no probe can observe it. Null for checks that are observed. docs/checks.md shows both.
     */
    default String notObservable() {
        return null;
    }

    /** Whether the unit still decides a decommissioned device; every other check is NOT_APPLICABLE for it. */
    default boolean decidesDecommissioned() {
        return false;
    }

    /**
     * Whether the unit decides after every other check of the device, reading their outcomes from
     * {@link CheckSubject#decided()} (GOV-05 needs to know which findings this run closes).
     */
    default boolean decidesAfterOthers() {
        return false;
    }

    /**
     * Whether the unit decides the condition of this severity escalation of its rule-set row (the words after
     * the higher grade, e.g. "for Critical findings"). The engine applies an escalation only when the unit
     * decides it and says it holds ({@link Decision#escalate()}); any other is reported with the severity,
     * not applied, because no code knows when it holds.
     */
    default boolean decidesEscalation(SeverityRule.Escalation escalation) {
        return false;
    }

    Decision decide(CheckSubject subject);
}
