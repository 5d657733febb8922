package io.camwarden.cli;

import picocli.CommandLine;

/**
 * Errors the user can act on are printed as one line without a stack trace; anything unexpected
 * keeps its stack trace, because then a developer will need it.
 */
final class FriendlyErrors implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        Throwable cause = rootUserError(e);
        if (cause != null) {
            cl.getErr().println(cl.getColorScheme().errorText("camwarden: " + cause.getMessage()));
            return ExitCodes.USAGE;
        }
        e.printStackTrace(cl.getErr());
        return ExitCodes.FAILURE;
    }

    private static Throwable rootUserError(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof UserError || c instanceof java.nio.file.NoSuchFileException
                    || c instanceof IllegalArgumentException) {
                return c;
            }
        }
        return null;
    }
}
