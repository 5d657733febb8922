package io.camwarden.registry;

/**
 * The record does not exist, or is outside the caller's scope: the two are answered alike so that a
 * scoped user cannot learn what exists beyond their scope.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
