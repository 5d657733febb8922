package io.camwarden.probe.onvif;

/** How credentials travel in the SOAP header (WS-Security UsernameToken Profile 1.0). */
public enum WsSecurity {
    /** No Security header: what an anonymous client sends. */
    NONE,
    /** Base64(SHA-1(nonce + created + password)): what ONVIF requires devices to accept. */
    PASSWORD_DIGEST,
    /** The password in clear text: a few old devices accept only this. */
    PASSWORD_TEXT
}
