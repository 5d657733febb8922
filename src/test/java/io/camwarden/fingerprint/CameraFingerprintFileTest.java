package io.camwarden.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CameraFingerprintFileTest {

    private static final String HEADER = "kind,pattern,vendor,model,device_kind,confidence,source,notes\n";

    private static List<CameraFingerprint> read(String rows) {
        return CameraFingerprintFile.read(new StringReader(HEADER + rows), Fingerprinter.knownKinds());
    }

    @Test
    void everyRowThatSaysItRefinesRecogReallyReplacesARecogFingerprint() throws Exception {
        List<Csv.Row> rows;
        try (var in = new InputStreamReader(Fingerprinter.resource("/fingerprints/camwarden/camera_fingerprints.csv"),
                StandardCharsets.UTF_8)) {
            rows = Csv.read("camera_fingerprints.csv", in, CameraFingerprintFile.HEADER);
        }
        var refined = Fingerprinter.bundled().refinedRecogPatterns();
        int refining = 0;
        for (Csv.Row row : rows) {
            boolean saysSo = row.cell(7).startsWith("Refines recog");
            boolean does = refined.getOrDefault(row.cell(0), Set.of()).contains(row.cell(1));
            assertThat(does).as("line %d (%s) says it refines recog: %s", row.line(), row.cell(1), saysSo)
                    .isEqualTo(saysSo);
            refining += saysSo ? 1 : 0;
        }
        assertThat(refining).isEqualTo(6);
        assertThat(Fingerprinter.bundled().cameraFingerprints()).hasSameSizeAs(rows);
    }

    @Test
    void everyShippedRowCitesASourceAndLowRowsAreLeads() {
        assertThat(Fingerprinter.bundled().cameraFingerprints()).allSatisfy(row -> {
            assertThat(row.source()).isNotBlank();
            assertThat(row.confidence() == Confidence.LOW).isEqualTo(row.confidence().authority() == Authority.LEAD);
        });
    }

    @Test
    void aRowTakesACaptureGroupAsTheModel() {
        CameraFingerprint row = read("onvif.scope,^onvif://www\\.onvif\\.org/hardware/(.+)$,,{1},,medium,spec,\n")
                .getFirst();
        assertThat(row.claims(new io.camwarden.domain.scan.Observation("onvif.scope",
                "onvif://www.onvif.org/hardware/DS-2CD2142FWD-I", 80, null), "onvif://www.onvif.org/hardware/DS-2CD2142FWD-I"))
                .extracting(Claim::value).containsExactly("DS-2CD2142FWD-I");
    }

    @Test
    void brokenRowsStopLoadingWithTheLineAndWhatToFix() {
        assertThatThrownBy(() -> read("http.server,^x$,V,,,high,src,\nhttp.bogus,^x$,V,,,high,src,\n"))
                .isInstanceOf(FingerprintDataException.class)
                .hasMessageStartingWith("camera_fingerprints.csv line 3: unknown observation kind 'http.bogus'");
        assertThatThrownBy(() -> read("http.server,^(x$,V,,,high,src,\n"))
                .hasMessageContaining("line 2: the pattern is not a Java regular expression");
        assertThatThrownBy(() -> read("http.server,^x$,,,,high,src,\n"))
                .hasMessageContaining("line 2: the row claims nothing");
        assertThatThrownBy(() -> read("http.server,^x$,V,,,sure,src,\n"))
                .hasMessageContaining("confidence 'sure' is not one of high, medium, low");
        assertThatThrownBy(() -> read("http.server,^x$,V,,TOASTER,high,src,\n"))
                .hasMessageContaining("'TOASTER' is not a device kind");
        assertThatThrownBy(() -> read("http.server,^x$,V,,,high,,\n"))
                .hasMessageContaining("every row needs a source");
    }
}
