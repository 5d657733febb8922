package io.camwarden.support;

import io.camwarden.cli.RootCommand;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Runs `camwarden ...` in this JVM, as the jar would, and captures what it prints. Only the command's own
 * output is captured: that of the calling thread and of the threads it starts. Background threads of a test
 * server in the same JVM (the device re-match worker logging to the console, say) keep printing to the real
 * streams, so they cannot leak into the command's standard output.
 */
public record Cli(int exit, String out, String err) {

    private static final InheritableThreadLocal<Boolean> CAPTURING = new InheritableThreadLocal<>();

    public static synchronized Cli run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        CAPTURING.set(Boolean.TRUE);
        try {
            System.setOut(new PrintStream(new ByThread(out, oldOut), true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(new ByThread(err, oldErr), true, StandardCharsets.UTF_8));
            int exit = RootCommand.commandLine().execute(args);
            return new Cli(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            CAPTURING.remove();
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    /** Bytes of the command's threads to the capture, everyone else's to the stream that was there before. */
    private static final class ByThread extends OutputStream {

        private final OutputStream capture;
        private final OutputStream elsewhere;

        ByThread(OutputStream capture, OutputStream elsewhere) {
            this.capture = capture;
            this.elsewhere = elsewhere;
        }

        private OutputStream target() {
            return Boolean.TRUE.equals(CAPTURING.get()) ? capture : elsewhere;
        }

        @Override
        public void write(int b) throws IOException {
            target().write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            target().write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            target().flush();
        }
    }

    @Override
    public String toString() {
        return "exit " + exit + "\n" + out + err;
    }
}
