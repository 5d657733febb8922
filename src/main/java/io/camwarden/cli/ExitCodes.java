package io.camwarden.cli;

/** Process exit codes of every command. */
public final class ExitCodes {

    public static final int OK = 0;
    /** The command ran and found something wrong (a broken audit chain, rejected rows, failed checks). */
    public static final int FOUND_PROBLEMS = 1;
    /** The command could not run as asked: bad arguments, missing file, unreadable input. */
    public static final int USAGE = 2;
    /** An unexpected failure; the stack trace was printed. */
    public static final int FAILURE = 3;

    private ExitCodes() {
    }
}
