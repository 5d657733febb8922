package io.camwarden;

import io.camwarden.cli.RootCommand;

/** Entry point of the `camwarden` jar: picocli subcommands, Spring only where a command needs it. */
public final class CamWarden {

    private CamWarden() {
    }

    public static void main(String[] args) {
        quietLogging();
        // `serve` returns only once the server has shut down, so exiting here is always safe.
        System.exit(RootCommand.commandLine().execute(args));
    }

    /**
     * Commands that do not start Spring (scan, onvif, bundle) would get logback's default: everything at
     * DEBUG on the console, mixed into their output. Warnings only, until Spring (for `serve` and the
     * database commands) configures logging properly from application.properties.
     */
    private static void quietLogging() {
        if (org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)
                instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }
}
