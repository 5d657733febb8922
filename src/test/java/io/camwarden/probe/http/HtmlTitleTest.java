package io.camwarden.probe.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HtmlTitleTest {

    private static java.util.Optional<String> title(String html, String contentType) {
        return HtmlTitle.extract(html.getBytes(StandardCharsets.UTF_8), contentType);
    }

    @Test
    void readsTheLabCameraPage() {
        // what the lab's camera-web.sh serves
        assertThat(title("<html><head><title>Network Camera</title></head><body>login</body></html>\n", "text/html"))
                .contains("Network Camera");
    }

    @Test
    void decodesEntitiesCollapsesWhitespaceAndIgnoresCaseAndAttributes() {
        assertThat(title("<HTML><TITLE lang=\"en\">\n  WEB&nbsp;SERVICE &amp; DVR &#39;v2&#x27; &copy;\n</TITLE>", null))
                .contains("WEB SERVICE & DVR 'v2' \u00a9");
        assertThat(title("<title>&bogus; &#0; &#99999999;</title>", null)).contains("&bogus; &#0; &#99999999;");
    }

    @Test
    void usesTheDeclaredCharset() {
        byte[] gbk = "<title>\u7f51\u7edc\u6444\u50cf\u673a</title>".getBytes(Charset.forName("GBK"));
        assertThat(HtmlTitle.extract(gbk, "text/html; charset=GBK")).contains("\u7f51\u7edc\u6444\u50cf\u673a");
        byte[] meta = ("<html><head><meta charset=\"gb2312\"><title>\u76d1\u63a7</title>").getBytes(Charset.forName("GB2312"));
        assertThat(HtmlTitle.extract(meta, "text/html")).contains("\u76d1\u63a7");
        assertThat(HtmlTitle.extract("<title>x</title>".getBytes(StandardCharsets.UTF_8), "text/html; charset=no-such"))
                .contains("x");
    }

    @Test
    void missingEmptyOrUnclosedTitles() {
        assertThat(title("<html><body>no title</body></html>", null)).isEmpty();
        assertThat(title("<title>   </title>", null)).isEmpty();
        assertThat(title("<title>Cut off", null)).contains("Cut off");
        assertThat(title("<title>Login<script>x</script>", null)).contains("Login");
        assertThat(title("<titlex>not a title</titlex>", null)).isEmpty();
    }

    @Test
    void oversizedAndGarbageInputIsBoundedAndNeverThrows() {
        assertThat(title("<title>" + "A".repeat(100_000) + "</title>", null)).get().asString()
                .hasSize(HtmlTitle.MAX_TITLE_CHARS);
        assertThat(title(" ".repeat(HtmlTitle.SEARCHED_CHARS) + "<title>too far</title>", null)).isEmpty();
        byte[] noise = new byte[300_000];
        new Random(7).nextBytes(noise);
        HtmlTitle.extract(noise, "text/html; charset=UTF-16");
        HtmlTitle.extract(new byte[0], null);
        assertThat(title("<title>\u0000\u0007bell\r\n</title>", null)).contains("bell");
    }
}
