package io.camwarden.registry;

/** The caller is known but may not do this (a read-only role writing, an owner touching another tree). */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
