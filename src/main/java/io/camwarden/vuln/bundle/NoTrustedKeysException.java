package io.camwarden.vuln.bundle;

/** The server trusts no bundle key, so it cannot accept any bundle. A configuration problem, not the bundle's. */
public class NoTrustedKeysException extends RuntimeException {

    public NoTrustedKeysException() {
        super("no bundle signing key is trusted, so no bundle can be imported: list the publisher's public-key"
                + " files in CAMWARDEN_BUNDLE_KEYS (comma-separated; camwarden.bundle-keys in application.properties)"
                + " and restart, or pass --trust PUBKEY to `camwarden bundle import`");
    }
}
