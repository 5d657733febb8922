package io.camwarden;

import io.camwarden.cli.RootCommand;

/** Entry point of the `camwarden` jar: picocli subcommands, Spring only where a command needs it. */
public final class CamWarden {

    private CamWarden() {
    }

    public static void main(String[] args) {
        // `serve` returns only once the server has shut down, so exiting here is always safe.
        System.exit(RootCommand.commandLine().execute(args));
    }
}
