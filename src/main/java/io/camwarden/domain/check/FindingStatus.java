package io.camwarden.domain.check;

/** Where a finding is in its life cycle. */
public enum FindingStatus {
    /** The check failed at the last assessment that decided it. */
    OPEN,
    /** A later assessment passed; a new failure reopens it. */
    CLOSED,
    /**
     * Still failing, but an owner or the regulator accepted the risk with a reason until a date (the
     * "documented exception" of INV-05 and GOV-05). A failure after that date opens it again.
     */
    ACCEPTED_RISK
}
