package io.camwarden.probe;

/** What a device decided about a request, as far as authentication is concerned. */
public enum AuthOutcome {
    /** The device answered without asking for credentials. */
    NOT_REQUIRED,
    /** The device asked for credentials and none were given. */
    REQUIRED,
    /** The device accepted the credentials given. */
    ACCEPTED,
    /** The device refused the credentials given. */
    REJECTED,
    /** The device asked for an authentication scheme CamWarden cannot answer. */
    UNSUPPORTED_CHALLENGE,
    /** The answer says nothing about authentication (not found, server error, no answer). */
    UNDETERMINED
}
