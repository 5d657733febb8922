package io.camwarden.vuln.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camwarden.domain.vuln.EpssScore;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class EpssCsvReaderTest {

    static final Path EPSS = Path.of(System.getProperty("camwarden.shared", "../shared"), "data", "epss",
            "epss_scores.csv");

    @Test
    void streamsTheSharedScores() throws Exception {
        AtomicLong n = new AtomicLong();
        EpssScore[] dahua = new EpssScore[1];
        try (InputStream in = Files.newInputStream(EPSS)) {
            var r = EpssCsvReader.read("epss", in, s -> {
                n.incrementAndGet();
                if (s.cve().equals("CVE-2021-33044")) {
                    dahua[0] = s;
                }
            }, p -> {
                throw new AssertionError(p.toString());
            });
            assertThat(r.read()).isEqualTo(360_142);
            assertThat(r.scoreDate()).isNull(); // this copy has no comment line
        }
        assertThat(n.get()).isEqualTo(360_142);
        assertThat(dahua[0].score()).isBetween(0.9, 1.0);
    }

    @Test
    void readsFirstsFormatWithItsModelLineAndSkipsBadLines() {
        String csv = """
                #model_version:v2025.03.14,score_date:2025-08-16T00:00:00+0000
                cve,epss,percentile
                CVE-2021-33044,0.99871,0.99963
                CVE-2021-36260,0.94,1.2
                not-a-cve,0.1,0.2
                CVE-2017-7921,x,0.5

                CVE-2017-7921,0.97,0.998
                CVE-2020-1234,0.1""";
        List<EpssScore> got = new ArrayList<>();
        List<RecordProblem> problems = new ArrayList<>();
        var r = EpssCsvReader.read("epss.csv", Cve5JsonReaderTest.in(csv), got::add, problems::add);
        assertThat(r.modelVersion()).isEqualTo("v2025.03.14");
        assertThat(r.scoreDate()).isEqualTo(LocalDate.parse("2025-08-16"));
        assertThat(got).containsExactly(new EpssScore("CVE-2021-33044", 0.99871, 0.99963, LocalDate.parse("2025-08-16")),
                new EpssScore("CVE-2017-7921", 0.97, 0.998, LocalDate.parse("2025-08-16")));
        assertThat(problems).extracting(RecordProblem::recordNumber).containsExactly(4L, 5L, 6L, 9L);
        assertThat(r.skipped()).isEqualTo(4);
    }

    @Test
    void aFileWithoutTheHeaderIsNotEpss() {
        assertThatThrownBy(() -> EpssCsvReader.read("x.csv", Cve5JsonReaderTest.in("cve,score\nCVE-2020-1,0.1\n"),
                s -> { }, p -> { })).isInstanceOf(DataFileException.class).hasMessageContaining("cve,epss,percentile");
        assertThatThrownBy(() -> EpssCsvReader.read("x.csv", Cve5JsonReaderTest.in(""), s -> { }, p -> { }))
                .isInstanceOf(DataFileException.class);
    }
}
