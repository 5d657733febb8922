package io.camwarden.domain.vuln;

/** How the children of an NVD configuration or node combine. */
public enum Operator {
    AND, OR
}
