package io.camwarden.vuln.bundle;

/** A genuine bundle whose content could not be imported; nothing of it was kept. */
public class BundleImportFailedException extends RuntimeException {

    public BundleImportFailedException(String bundleName, Throwable cause) {
        super("bundle '" + bundleName + "' is correctly signed, but its content could not be imported: "
                + cause.getMessage() + ". Nothing of it was kept; report this to the bundle's publisher.", cause);
    }
}
