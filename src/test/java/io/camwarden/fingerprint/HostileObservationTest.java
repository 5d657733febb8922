package io.camwarden.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.domain.scan.Observation;
import io.camwarden.domain.scan.ObservationKinds;
import io.camwarden.domain.scan.ServiceProtocol;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Whatever a device (or an attacker pretending to be one) sends, fingerprinting answers: no exception,
 * and oversized values are cut to a bounded length before any regular expression sees them.
 */
class HostileObservationTest {

    private static final Fingerprinter FINGERPRINTER = Fingerprinter.bundled();

    @Test
    void missingEmptyAndUnknownObservationsClaimNothing() {
        assertThat(FINGERPRINTER.claims((Observation) null)).isEmpty();
        assertThat(FINGERPRINTER.claims(new Observation(null, "App-webs/", 80, null))).isEmpty();
        assertThat(FINGERPRINTER.claims(new Observation(ObservationKinds.HTTP_SERVER, null, 80, null))).isEmpty();
        assertThat(FINGERPRINTER.claims(new Observation("no.such.kind", "App-webs/", 80, null))).isEmpty();
        for (String kind : Fingerprinter.knownKinds()) {
            assertThat(FINGERPRINTER.claims(new Observation(kind, "", 80, null))).as(kind).isEmpty();
            assertThat(FINGERPRINTER.claims(new Observation(kind, " \r\n\t ", 80, null))).as(kind).isEmpty();
        }
    }

    @Test
    void binaryGarbageAndTruncatedBannersNeverThrow() {
        Random random = new Random(42);
        for (String kind : Fingerprinter.knownKinds()) {
            for (int i = 0; i < 50; i++) {
                char[] chars = new char[random.nextInt(300)];
                for (int j = 0; j < chars.length; j++) {
                    chars[j] = (char) random.nextInt(0x3000);
                }
                FINGERPRINTER.claims(new Observation(kind, new String(chars), 80, ServiceProtocol.OTHER));
            }
            // real banners cut short, as a timed-out read leaves them
            for (String banner : List.of("App-web", "Hikvision-We", "uc-httpd 1.", "Dahua Rtsp Serv", "192.0.0.64 log",
                    "CN=www.hikvision.com,OU=DVR", "onvif://www.onvif.org/hardware/", "%E0%A4%A", "Digest realm=\"Login to")) {
                FINGERPRINTER.claims(new Observation(kind, banner, 80, ServiceProtocol.OTHER));
            }
        }
    }

    @Test
    void truncatedCameraBannersDoNotPassForTheRealThing() {
        assertThat(FINGERPRINTER.claims(new Observation(ObservationKinds.HTTP_SERVER, "App-web", 80, null))).isEmpty();
        assertThat(FINGERPRINTER.claims(new Observation(ObservationKinds.RTSP_SERVER, "Dahua Rtsp Serv", 554, null)))
                .isEmpty();
    }

    @Test
    void oversizedValuesAreCutBeforeMatching() {
        // a megabyte of the generic camera words: without the cut, every line start would be re-scanned
        String camera = "Network IP Camera HD\n".repeat(50_000);
        String longOneLine = "Dome ".repeat(200_000);
        for (String kind : Set.of(ObservationKinds.HTTP_SERVER, ObservationKinds.HTTP_WWW_AUTHENTICATE,
                ObservationKinds.HTML_TITLE, ObservationKinds.TELNET_BANNER, ObservationKinds.FTP_BANNER,
                ObservationKinds.TLS_SUBJECT, ObservationKinds.ONVIF_SCOPE, ObservationKinds.ONVIF_MODEL)) {
            List<Claim> claims = new ArrayList<>(FINGERPRINTER.claims(new Observation(kind, camera, 80, null)));
            claims.addAll(FINGERPRINTER.claims(new Observation(kind, longOneLine, 80, null)));
            assertThat(claims).allSatisfy(c -> assertThat(c.value().length()).isLessThanOrEqualTo(ObservationText.MAX_CHARS));
        }
        assertThat(ObservationText.candidates(ObservationKinds.HTTP_SERVER, camera).getFirst())
                .hasSizeLessThanOrEqualTo(ObservationText.MAX_CHARS);
    }
}
