package io.camwarden.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes one JSON object per line (JSON Lines) to a file or standard output, from many threads at once; each
 * line is flushed as it is written, so a reader sees results as a long scan goes on.
 */
final class JsonLines implements AutoCloseable {

    private final BufferedWriter out;
    private final JsonMapper json;
    private final boolean stdout;

    JsonLines(Path file, JsonMapper json) throws IOException {
        this.stdout = file == null;
        Writer w = stdout ? new OutputStreamWriter(System.out, StandardCharsets.UTF_8)
                : Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        this.out = new BufferedWriter(w);
        this.json = json;
    }

    synchronized void write(Object value) {
        try {
            out.write(json.writeValueAsString(value));
            out.newLine();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (stdout) {
            out.flush();
        } else {
            out.close();
        }
    }
}
