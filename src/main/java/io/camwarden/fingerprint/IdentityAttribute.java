package io.camwarden.fingerprint;

/** The identity facts a claim can be about; one per field of {@link io.camwarden.domain.scan.Identity}. */
public enum IdentityAttribute {
    VENDOR, MODEL, FIRMWARE, HARDWARE, SERIAL, DEVICE_KIND
}
