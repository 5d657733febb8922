package io.camwarden.checks.credential;

import io.camwarden.domain.scan.ServiceProtocol;
import java.util.Set;

/**
 * One user name and password to try, why (a vendor default with its source, or a common weak password),
 * and on which protocols its source says it applies (empty: any).
 */
public record CredentialCandidate(String username, String password, Set<ServiceProtocol> protocols, Kind kind,
                                  String reason) {

    /** Which check a successful attempt fails: AUTH-01 (factory default) or AUTH-02 (weak password). */
    public enum Kind { VENDOR_DEFAULT, WEAK_PASSWORD }

    public CredentialCandidate {
        protocols = Set.copyOf(protocols);
    }

    public boolean appliesTo(ServiceProtocol p) {
        return protocols.isEmpty() || protocols.contains(p)
                || (p == ServiceProtocol.HTTPS && protocols.contains(ServiceProtocol.HTTP));
    }

    /** The password as it may be shown: its first character and its length, never the whole secret. */
    public static String mask(String password) {
        if (password == null || password.isEmpty()) {
            return "(empty)";
        }
        return password.charAt(0) + "*".repeat(Math.max(2, password.length() - 1)) + " (" + password.length() + " chars)";
    }
}
