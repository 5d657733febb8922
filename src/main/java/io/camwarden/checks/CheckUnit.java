package io.camwarden.checks;

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

    Decision decide(CheckSubject subject);
}
