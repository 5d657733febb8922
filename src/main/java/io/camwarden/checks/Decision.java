package io.camwarden.checks;

import io.camwarden.domain.check.Evidence;
import io.camwarden.domain.check.Outcome;

/**
 * What a check unit decided, with its evidence; the engine adds the severity and rule-set version.
 * {@code address}/{@code port} name the endpoint a network check looked at (null for registry checks).
 */
public record Decision(Outcome outcome, Evidence evidence, String address, Integer port) {

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
}
