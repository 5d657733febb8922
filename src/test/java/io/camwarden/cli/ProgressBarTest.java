package io.camwarden.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The bar draws on a terminal only, and its last drawing shows where the work ended. */
class ProgressBarTest {

    @Test
    void stderrOfTheTestRunIsNoTerminal() {
        // surefire reads the forked JVM's stderr through a pipe: a bar here would only litter the report
        assertThat(ProgressBar.stderrIsTerminal()).isFalse();
    }

    @Test
    void drawsNothingWhenNoOneWatches() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ProgressBar bar = new ProgressBar("importing", 10, "records", new PrintStream(out), false)) {
            bar.set(5);
        }
        assertThat(out.size()).isZero();
    }

    @Test
    void closingDrawsTheFinalCountAndEndsTheLine() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProgressBar bar = new ProgressBar("importing nvd/a.json", 0, "records", new PrintStream(out), true);
        for (int i = 0; i < 1234; i++) {
            bar.step();
        }
        bar.close();
        bar.close();
        String drawn = out.toString(StandardCharsets.UTF_8);
        assertThat(drawn).endsWith(System.lineSeparator()).contains("importing nvd/a.json  1,234 records");
        assertThat(drawn.chars().filter(c -> c == '\n').count()).as("one line, redrawn in place").isEqualTo(1);
    }
}
