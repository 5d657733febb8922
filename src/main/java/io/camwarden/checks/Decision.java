package io.camwarden.checks;

import io.camwarden.domain.check.Evidence;
import io.camwarden.domain.check.Outcome;

/**
 * What a check unit decided, with its evidence; the engine adds the severity and rule-set version.
 * {@code address}/{@code port} name the endpoint a network check looked at (null for registry checks).
 * {@code escalated} says that the condition of a severity escalation the unit decides
 * ({@link CheckUnit#decidesEscalation}) holds, e.g. GOV-04's "High for Critical findings"; the engine then
 * applies the severity the rule set gives for it.
 */
public record Decision(Outcome outcome, Evidence evidence, String address, Integer port, boolean escalated) {

    public Decision(Outcome outcome, Evidence evidence, String address, Integer port) {
        this(outcome, evidence, address, port, false);
    }

    public static Decision pass(Evidence e) {
        return new Decision(Outcome.PASS, e, null, null);
    }

    public static Decision fail(Evidence e) {
        return new Decision(Outcome.FAIL, e, null, null);
    }

    public static Decision notApplicable(Evidence e) {
        return new Decision(Outcome.NOT_APPLICABLE, e, null, null);
    }

    public static Decision notTested(Evidence e) {
        return new Decision(Outcome.NOT_TESTED, e, null, null);
    }

    /** The same decision, saying that the unit's escalation condition holds. */
    public Decision escalate() {
        return new Decision(outcome, evidence, address, port, true);
    }

    /** The same decision with other evidence. */
    public Decision withEvidence(Evidence e) {
        return new Decision(outcome, e, address, port, escalated);
    }
}
