package io.camwarden.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AuthChallengeParserTest {

    @Test
    void readsTheGStreamerDigestChallengeWithoutQop() {
        // as captured from the lab's GStreamer RTSP server
        var c = AuthChallengeParser.parse("Digest realm=\"GStreamer RTSP Server\", nonce=\"a95b6eb1134fde87\"");
        assertThat(c).singleElement().satisfies(d -> {
            assertThat(d.scheme()).isEqualTo("Digest");
            assertThat(d.realm()).contains("GStreamer RTSP Server");
            assertThat(d.param("nonce")).contains("a95b6eb1134fde87");
            assertThat(d.param("qop")).isEmpty();
        });
    }

    @Test
    void readsHikvisionsTwoHeadersWithStaleAndBasic() {
        // the RTSP answer nmap-service-probes documents for Hikvision DVRs
        var c = AuthChallengeParser.parse(List.of(
                "Digest realm=\"Hikvision\", nonce=\"0123456789abcdef0123456789abcdef\", stale=\"FALSE\"",
                "Basic realm=\"/\""));
        assertThat(c).extracting(AuthChallenge::scheme).containsExactly("Digest", "Basic");
        assertThat(c.get(0).param("stale")).contains("FALSE");
        assertThat(c.get(1).realm()).contains("/");
        assertThat(AuthChallenge.preferred(c)).get().extracting(AuthChallenge::scheme).isEqualTo("Digest");
    }

    @Test
    void readsSeveralChallengesInOneHeaderAsRfc7235Allows() {
        var c = AuthChallengeParser.parse(
                "Newauth realm=\"apps\", type=1, title=\"Login to \\\"apps\\\"\", Basic realm=\"simple\"");
        assertThat(c).extracting(AuthChallenge::scheme).containsExactly("Newauth", "Basic");
        assertThat(c.get(0).param("type")).contains("1");
        assertThat(c.get(0).param("title")).contains("Login to \"apps\"");
        assertThat(c.get(1).realm()).contains("simple");
    }

    @Test
    void readsLighttpdStyleQopAndAlgorithmAndLowerCasesNames() {
        var c = AuthChallengeParser.parse("Digest REALM=\"IP Camera\", charset=UTF-8, algorithm=MD5, "
                + "nonce=\"66e7a9a8:9bd4f1c8\", qop=\"auth\"").getFirst();
        assertThat(c.realm()).contains("IP Camera");
        assertThat(c.param("algorithm")).contains("MD5");
        assertThat(c.param("qop")).contains("auth");
        assertThat(c.param("charset")).contains("UTF-8");
    }

    @Test
    void toleratesMissingCommasBetweenParametersAsSomeCamerasSendThem() {
        var c = AuthChallengeParser.parse("Digest realm=\"cam\" nonce=\"abc\"  qop=auth").getFirst();
        assertThat(c.realm()).contains("cam");
        assertThat(c.param("nonce")).contains("abc");
        assertThat(c.param("qop")).contains("auth");
    }

    @Test
    void readsToken68AndBareSchemes() {
        var c = AuthChallengeParser.parse("Negotiate abc/+def==, NTLM, Bearer");
        assertThat(c).extracting(AuthChallenge::scheme).containsExactly("Negotiate", "NTLM", "Bearer");
        assertThat(c.get(0).token68()).isEqualTo("abc/+def==");
        assertThat(c.get(1).params()).isEmpty();
    }

    @Test
    void keepsWhatWasReadBeforeAnUnterminatedQuote() {
        var c = AuthChallengeParser.parse("Digest realm=\"cam\", nonce=\"never closed");
        assertThat(c).singleElement().satisfies(d -> {
            assertThat(d.realm()).contains("cam");
            assertThat(d.param("nonce")).isEmpty();
        });
        assertThat(AuthorizationHeader.supportsDigest(c.getFirst())).isFalse();
    }

    @Test
    void garbageGivesNothingAndNeverThrows() {
        assertThat(AuthChallengeParser.parse("")).isEmpty();
        assertThat(AuthChallengeParser.parse("   ,,, ")).isEmpty();
        assertThat(AuthChallengeParser.parse("=\"\"=,=")).isEmpty();
        assertThat(AuthChallengeParser.parse("\u0000\u0001\u00ff\"<>")).isEmpty();
        assertThat(AuthChallengeParser.parse(List.of("Basic realm=\"x\"", "@@@"))).hasSize(1);
        var nulls = new java.util.ArrayList<String>();
        nulls.add(null);
        assertThat(AuthChallengeParser.parse(nulls)).isEmpty();
    }

    @Test
    void oversizedHeadersAreReadOnlyUpToTheLimits() {
        String huge = "Digest realm=\"" + "r".repeat(1_000_000) + "\", nonce=\"n\"";
        var c = AuthChallengeParser.parse(huge);
        assertThat(c).singleElement().satisfies(d -> assertThat(d.param("nonce")).isEmpty());

        String many = "Basic realm=\"x\", ".repeat(1000);
        assertThat(AuthChallengeParser.parse(many)).hasSize(AuthChallengeParser.MAX_CHALLENGES);

        StringBuilder params = new StringBuilder("Digest ");
        for (int i = 0; i < 200; i++) {
            params.append("p").append(i).append("=v, ");
        }
        assertThat(AuthChallengeParser.parse(params.toString()).getFirst().params())
                .hasSize(AuthChallengeParser.MAX_PARAMS);
    }
}
