package io.camwarden.domain.check;

/** What one check decided about one device. */
public enum Outcome {
    /** The device meets the pass criterion. */
    PASS,
    /** The device does not meet it: a finding is opened or kept open. */
    FAIL,
    /** The check does not apply (security level below its minimum, or a device kind it does not cover). */
    NOT_APPLICABLE,
    /** The check could not be decided: data or a capability is missing; the evidence says which. */
    NOT_TESTED
}
