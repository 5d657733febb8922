package io.camwarden.probe.onvif;

/** A SOAP response that lacks what its operation promises; the message says what was missing. */
final class InvalidAnswer extends Exception {

    InvalidAnswer(String message) {
        super(message, null, false, false);
    }
}
