package io.camwarden.probe.onvif;

import java.net.URI;
import java.util.Optional;
import java.util.function.Function;

/**
 * Exactly what a device answered to one ONVIF call: the typed value when it answered, otherwise the SOAP fault,
 * the HTTP status or why nothing usable came back. Audit checks read this to tell "answered without credentials"
 * from "refused" from "broken".
 *
 * @param outcome  what kind of answer this was
 * @param value    the parsed answer when {@code outcome} is ANSWERED, else null
 * @param fault    the SOAP fault when {@code outcome} is FAULT, else null
 * @param detail   what happened, in words (always set unless ANSWERED)
 * @param exchange what went over the wire
 */
public record OnvifResponse<T>(Outcome outcome, T value, SoapFault fault, String detail, Exchange exchange) {

    public enum Outcome {
        /** The operation's response element came back and parsed. */
        ANSWERED,
        /** A SOAP fault (any HTTP status): see {@link SoapFault}. */
        FAULT,
        /** An HTTP error status without a SOAP fault (401 with a challenge, 403, 404, ...). */
        HTTP_ERROR,
        /** HTTP success but no SOAP: an empty body, or something that is not XML or not an envelope. */
        NOT_SOAP,
        /** A SOAP answer, but not the expected response element, or one missing what the operation promises. */
        INVALID_ANSWER,
        /** No HTTP answer at all: refused, reset, timed out. */
        UNREACHABLE
    }

    /**
     * The wire-level facts of the call.
     *
     * @param endpoint        the service address called
     * @param operation       the ONVIF operation ("GetDeviceInformation")
     * @param envelope        the request form that produced this answer, null if nothing was sent
     * @param wsSecurity      what the SOAP header carried
     * @param httpAuthScheme  the HTTP authentication scheme the device challenged for and we answered ("Digest",
     *                        "Basic"), or null when there was none
     * @param httpStatus      the final HTTP status, 0 when there was no HTTP answer
     * @param wwwAuthenticate the WWW-Authenticate challenge of a 401, else null
     */
    public record Exchange(URI endpoint, String operation, EnvelopeForm envelope, WsSecurity wsSecurity,
                           String httpAuthScheme, int httpStatus, String wwwAuthenticate) {
    }

    public boolean answered() {
        return outcome == Outcome.ANSWERED;
    }

    /**
     * True when the device said who we are is not good enough: HTTP 401, or a fault such as ter:NotAuthorized or
     * wsse:FailedAuthentication.
     */
    public boolean authenticationRefused() {
        return (outcome == Outcome.HTTP_ERROR && exchange.httpStatus() == 401)
                || (outcome == Outcome.FAULT && fault.isAuthenticationFailure());
    }

    public Optional<T> optional() {
        return Optional.ofNullable(value);
    }

    /** The same exchange with its value transformed (only an answered response has one). */
    public <R> OnvifResponse<R> map(Function<? super T, ? extends R> f) {
        return new OnvifResponse<>(outcome, value == null ? null : f.apply(value), fault, detail, exchange);
    }

    OnvifResponse<T> withDetail(String newDetail) {
        return new OnvifResponse<>(outcome, value, fault, newDetail, exchange);
    }

    /** One line for logs and reports: "GetDeviceInformation: FAULT env:Sender / ter:NotAuthorized (HTTP 400)". */
    public String summary() {
        String what = switch (outcome) {
            case ANSWERED -> "answered";
            case FAULT -> "fault " + fault;
            default -> outcome + (detail == null ? "" : ": " + detail);
        };
        return exchange.operation() + ": " + what + (exchange.httpStatus() > 0 ? " (HTTP " + exchange.httpStatus() + ")" : "");
    }
}
