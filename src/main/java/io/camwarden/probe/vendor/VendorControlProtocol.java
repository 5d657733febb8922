package io.camwarden.probe.vendor;

import java.util.Optional;

/**
 * One vendor's control protocol: a request that makes the device answer without logging in, and a
 * parser that recognises the answer. Parsers take untrusted bytes of any length and never throw.
 */
interface VendorControlProtocol {

    /** The port the vendor's devices use by default. */
    int defaultPort();

    /** Bytes sent after connecting; no credentials, no state change on the device. */
    byte[] request();

    /** How many reply bytes are needed to decide, given those read so far (never more than {@code max}). */
    int bytesWanted(byte[] soFar, int max);

    Optional<VendorHandshake> recognize(byte[] reply);
}
