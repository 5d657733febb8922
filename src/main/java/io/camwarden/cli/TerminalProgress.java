package io.camwarden.cli;

import java.io.PrintStream;

/**
 * A one-line progress bar on stderr, only when a person is watching (a console is attached), redrawn at
 * most five times a second. Output that is piped or captured stays clean.
 */
final class TerminalProgress implements AutoCloseable {

    private static final int WIDTH = 30;
    private final String label;
    private final PrintStream err = System.err;
    private final boolean enabled = System.console() != null;
    private long lastDraw;
    private boolean drawn;

    TerminalProgress(String label) {
        this.label = label;
    }

    void update(long done, long total) {
        long now = System.nanoTime();
        if (!enabled || total <= 0 || (drawn && now - lastDraw < 200_000_000L && done < total)) {
            return;
        }
        lastDraw = now;
        drawn = true;
        int filled = (int) Math.min(WIDTH, WIDTH * done / total);
        err.printf("\r%s [%s%s] %3d%% %,d / %,d MB", label, "#".repeat(filled), " ".repeat(WIDTH - filled),
                100 * done / total, done >> 20, total >> 20);
    }

    @Override
    public void close() {
        if (drawn) {
            err.println();
            drawn = false;
        }
    }
}
