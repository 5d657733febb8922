package io.camwarden.probe.rtsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SdpParserTest {

    @Test
    void readsTheRealGStreamerDescription() throws Exception {
        String raw = new String(getClass().getResourceAsStream("gstreamer-describe-200.bin").readAllBytes(),
                StandardCharsets.ISO_8859_1);
        Sdp sdp = SdpParser.parse(raw.substring(raw.indexOf("\r\n\r\n") + 4));
        assertThat(sdp.version()).isEqualTo("0");
        assertThat(sdp.sessionName()).isEqualTo("Session streamed with GStreamer");
        assertThat(sdp.attributes()).contains("tool:GStreamer", "control:*");
        assertThat(sdp.hasMedia()).isTrue();
        assertThat(sdp.media()).singleElement().satisfies(m -> {
            assertThat(m.type()).isEqualTo("video");
            assertThat(m.port()).isZero();
            assertThat(m.protocol()).isEqualTo("RTP/AVP");
            assertThat(m.formats()).containsExactly("96");
            assertThat(m.codecs()).containsExactly("H264/90000");
            assertThat(m.control()).isEqualTo("stream=0");
        });
        assertThat(sdp.problems()).isEmpty();
    }

    @Test
    void namesStaticPayloadTypesAndReadsSeveralSections() {
        Sdp sdp = SdpParser.parse("v=0\no=- 1 1 IN IP4 0.0.0.0\ns=Media Presentation\nt=0 0\n"
                + "m=video 0 RTP/AVP 96\na=rtpmap:96 H265/90000\na=control:trackID=1\n"
                + "m=audio 0 RTP/AVP 0\na=control:trackID=2\n"
                + "m=application 0 RTP/AVP 107\na=rtpmap:107 vnd.onvif.metadata/90000\n");
        assertThat(sdp.sessionName()).isEqualTo("Media Presentation");
        assertThat(sdp.media()).extracting(Sdp.Media::type).containsExactly("video", "audio", "application");
        assertThat(sdp.firstMedia("audio")).get().extracting(Sdp.Media::codecs).asList().containsExactly("PCMU/8000");
        assertThat(sdp.firstMedia("video")).get().extracting(Sdp.Media::codecs).asList().containsExactly("H265/90000");
        assertThat(sdp.problems()).isEmpty();
    }

    @Test
    void aDescriptionWithoutMediaHasNoMedia() {
        Sdp sdp = SdpParser.parse("v=0\r\ns=No streams here\r\n");
        assertThat(sdp.hasMedia()).isFalse();
        assertThat(SdpParser.parse("").hasMedia()).isFalse();
        assertThat(SdpParser.parse("").problems()).containsExactly("no v= line");
    }

    @Test
    void malformedLinesAreReportedAndSkipped() {
        Sdp sdp = SdpParser.parse("v=0\nthis is not sdp\nX=upper case type\nm=video\nm=video abc RTP/AVP 96\n"
                + "m=video 70000 RTP/AVP 96\nm=audio 0 RTP/AVP 8\n");
        assertThat(sdp.media()).singleElement().extracting(Sdp.Media::codecs).asList().containsExactly("PCMA/8000");
        assertThat(sdp.problems()).hasSize(5)
                .anyMatch(p -> p.contains("not type=value"))
                .anyMatch(p -> p.contains("not a valid m= line"))
                .anyMatch(p -> p.contains("beyond 65535"));
    }

    @Test
    void htmlOrBinaryGarbageGivesNoMediaAndNeverThrows() {
        assertThat(SdpParser.parse("<html><body>401</body></html>").hasMedia()).isFalse();
        byte[] noise = new byte[100_000];
        new Random(42).nextBytes(noise);
        Sdp sdp = SdpParser.parse(noise);
        assertThat(sdp.hasMedia()).isFalse();
        assertThat(sdp.problems()).isNotEmpty();
    }

    @Test
    void truncatedInTheMiddleOfAMediaSectionKeepsWhatWasComplete() {
        Sdp sdp = SdpParser.parse("v=0\ns=cut\nm=video 0 RTP/AVP 96\na=rtpmap:96 H2");
        assertThat(sdp.media()).singleElement().satisfies(m -> assertThat(m.codecs()).containsExactly("H2"));
    }

    @Test
    void oversizedDescriptionsAreBoundedInLinesSectionsAndAttributes() {
        StringBuilder manyMedia = new StringBuilder("v=0\n");
        for (int i = 0; i < 100; i++) {
            manyMedia.append("m=video 0 RTP/AVP 96\n");
        }
        Sdp media = SdpParser.parse(manyMedia.toString());
        assertThat(media.media()).hasSize(SdpParser.MAX_MEDIA);
        assertThat(media.problems()).anyMatch(p -> p.contains("media sections"));

        Sdp attributes = SdpParser.parse("v=0\nm=video 0 RTP/AVP 96\n" + "a=x\n".repeat(1000));
        assertThat(attributes.media().getFirst().attributes()).hasSize(SdpParser.MAX_ATTRIBUTES);
        assertThat(attributes.problems()).containsExactly(
                "more than " + SdpParser.MAX_ATTRIBUTES + " attributes in one section; the rest was ignored");

        Sdp lines = SdpParser.parse("v=0\n" + "i=x\n".repeat(10_000));
        assertThat(lines.problems()).anyMatch(p -> p.contains("more than " + SdpParser.MAX_LINES + " lines"));

        Sdp longLine = SdpParser.parse("v=0\ns=" + "y".repeat(10_000) + "\n");
        assertThat(longLine.sessionName()).isNull();
        assertThat(longLine.problems()).anyMatch(p -> p.contains("longer than"));
    }
}
