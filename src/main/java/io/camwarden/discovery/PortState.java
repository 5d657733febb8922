package io.camwarden.discovery;

/** What a TCP connect to a port found. */
public enum PortState {
    /** The handshake completed. */
    OPEN,
    /** Refused (RST): the host is there, the port is closed. */
    CLOSED,
    /** No answer within the timeout after every retry. */
    FILTERED
}
