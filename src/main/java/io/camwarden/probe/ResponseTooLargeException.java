package io.camwarden.probe;

import java.net.ProtocolException;

/** The device sent more than a {@link ProbeLimits} bound allows; reading stopped at the bound. */
public class ResponseTooLargeException extends ProtocolException {

    public ResponseTooLargeException(String what, int limit) {
        super(what + " exceeds the limit of " + limit + " bytes");
    }

    /** For limits that count something other than bytes ("header lines"). */
    public ResponseTooLargeException(int limit, String what) {
        super("more than " + limit + " " + what);
    }
}
