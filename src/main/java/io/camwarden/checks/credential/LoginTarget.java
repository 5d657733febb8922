package io.camwarden.checks.credential;

import io.camwarden.domain.scan.ServiceProtocol;
import io.camwarden.probe.Credentials;

/** One service of a device on which credentials can be tried: one request per attempt, nothing written. */
public interface LoginTarget {

    ServiceProtocol protocol();

    int port();

    /** Tries the pair once; never throws for what the device does (no answer is an UNDETERMINED attempt). */
    CredentialAttempt attempt(Credentials credentials);
}
