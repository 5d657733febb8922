package io.camwarden.registry;

/** The request clashes with the stored state: stale version, record still in use, duplicate name. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
