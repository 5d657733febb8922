package io.camwarden.domain.vuln;

/**
 * How a firmware version stands against a bound. UNKNOWN is an honest answer, not an error: the two
 * cannot be put in order ("2.420.ac00" against "2.420.0000"), or the bound names a build the version
 * does not carry.
 */
public enum VersionComparison {
    LESS, EQUAL, GREATER, UNKNOWN;

    /** The same comparison seen from the other side. */
    public VersionComparison reversed() {
        return switch (this) {
            case LESS -> GREATER;
            case GREATER -> LESS;
            default -> this;
        };
    }
}
