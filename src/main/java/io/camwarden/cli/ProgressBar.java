package io.camwarden.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A one-line progress bar on the terminal's stderr. It draws only when a person is watching (stderr is a
 * terminal), so scripts, CI logs and `2>file` stay clean; at most ten redraws a second.
 */
public final class ProgressBar implements AutoCloseable {

    private static final int WIDTH = 30;

    private final String label;
    private long total;
    private final String unit;
    private final PrintStream out;
    private final boolean enabled;
    private final long started = System.nanoTime();
    private long lastDraw;
    private long done;
    private boolean closed;

    /** {@code total} may be 0 or less when unknown: then a count and a rate are shown instead of a bar. */
    public ProgressBar(String label, long total, String unit) {
        this(label, total, unit, System.err, stderrIsTerminal());
    }

    ProgressBar(String label, long total, String unit, PrintStream out, boolean enabled) {
        this.label = label;
        this.total = total;
        this.unit = unit;
        this.out = out;
        this.enabled = enabled;
    }

    /**
     * Whether stderr, where the bar draws, is a terminal. {@code System.console()} answers for stdin and
     * stdout instead (and on JDK 22 to 24 is there even when they are redirected): `2>log` would fill the log
     * with redraws, `>out.txt` would hide the bar. On Linux /proc says where file descriptor 2 points.
     */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null; // no /proc (macOS, Windows): a console is the best sign left
        }
    }

    public synchronized void set(long value) {
        done = value;
        long now = System.nanoTime();
        if (enabled && now - lastDraw > 100_000_000L) {
            lastDraw = now;
            draw();
        }
    }

    /** For work whose size is learnt as it goes. */
    public synchronized void update(long value, long newTotal) {
        total = newTotal;
        set(value);
    }

    public synchronized void step() {
        set(done + 1);
    }

    private void draw() {
        double seconds = Math.max((System.nanoTime() - started) / 1e9, 1e-3);
        boolean bytes = unit.equals("bytes");
        String shownUnit = bytes ? "MB" : unit;
        long shownDone = bytes ? done >> 20 : done;
        String rate = String.format(Locale.ROOT, "%.0f %s/s", shownDone / seconds, shownUnit);
        if (total > 0) {
            int filled = (int) Math.min(WIDTH, WIDTH * done / total);
            out.printf(Locale.ROOT, "\r%s [%s%s] %3d%%  %,d/%,d %s  %s   ", label, "#".repeat(filled),
                    " ".repeat(WIDTH - filled), 100 * done / total, shownDone, bytes ? total >> 20 : total,
                    shownUnit, rate);
        } else {
            out.printf(Locale.ROOT, "\r%s  %,d %s  %s   ", label, shownDone, shownUnit, rate);
        }
        out.flush();
    }

    /** Draws the final state and ends the line; closing twice is harmless. */
    @Override
    public synchronized void close() {
        if (enabled && !closed) {
            draw();
            out.println();
        }
        closed = true;
    }
}
