package io.camwarden.fingerprint;

/**
 * How much a kind of evidence may decide on its own, weakest first. Fusion lets the strongest
 * authority that said anything about a field choose its value; weaker evidence can only agree
 * (raising confidence) or disagree (lowering it).
 */
public enum Authority {
    /** A hint worth showing but not a fact: generic patterns, rows marked low confidence. */
    LEAD,
    /** A fingerprint matched a banner, header, title, hash or certificate. */
    FINGERPRINT,
    /** The device described itself: ONVIF GetDeviceInformation. */
    DEVICE_REPORT
}
