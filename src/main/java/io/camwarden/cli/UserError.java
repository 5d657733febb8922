package io.camwarden.cli;

/** A problem the user can fix: printed as one line, exit code 2. */
public class UserError extends RuntimeException {

    public UserError(String message) {
        super(message);
    }
}
