package io.camwarden.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RubyRegexTest {

    // telnet_banners.xml: a multi-line banner whose pattern uses Ruby's (?m), "dot matches newline"
    private static final String RHEL_PATTERN =
            "(?m)^Red Hat Enterprise Linux AS release (.*) \\(.*\\).*Kernel (.*) on a[^ ]* ([^ ]*\\d)";
    private static final String RHEL_BANNER =
            "Red Hat Enterprise Linux AS release 5.8 (Tikanga)\nKernel 2.6.18-308.11.1.el5 on an x86_64\nlogin:";

    @Test
    void rubysInlineMultilineMeansDotMatchesNewline() {
        assertThat(Pattern.compile(RHEL_PATTERN).matcher(RHEL_BANNER).find())
                .as("compiled verbatim, as recog-java's parser does, the banner is missed").isFalse();
        var m = RubyRegex.compile(RHEL_PATTERN, "").matcher(RHEL_BANNER);
        assertThat(m.find()).isTrue();
        assertThat(m.group(2)).isEqualTo("2.6.18-308.11.1.el5");
    }

    @Test
    void caretAndDollarAnchorAtEveryLineLikeRuby() {
        assertThat(RubyRegex.compile("^login:$", null).matcher("Welcome\r\nlogin:\nPassword").find()).isTrue();
        // only \n breaks a line in Ruby: a lone \r does not start one
        assertThat(RubyRegex.compile("^login:", null).matcher("Welcome\rlogin:").find()).isFalse();
        assertThat(RubyRegex.compile("a.b", null).matcher("a\rb").find()).isTrue();
        assertThat(RubyRegex.compile("a.b", null).matcher("a\nb").find()).isFalse();
    }

    @Test
    void xmlFlagsMapToJavaFlags() {
        assertThat(RubyRegex.compile("^hikvision$", "REG_ICASE").matcher("HIKVISION").find()).isTrue();
        assertThat(RubyRegex.compile("a.b", "REG_DOT_NEWLINE").matcher("a\nb").find()).isTrue();
        assertThat(RubyRegex.compile("a.b", "REG_ICASE,REG_MULTILINE").matcher("A\nB").find()).isTrue();
        assertThatThrownBy(() -> RubyRegex.compile("x", "REG_EXTENDED"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("REG_EXTENDED");
    }

    @Test
    void rubyHexDigitEscapeIsTranslatedButAnEscapedBackslashIsNot() {
        assertThat(RubyRegex.translate("^\\h{4}$")).isEqualTo("^[0-9a-fA-F]{4}$");
        assertThat(RubyRegex.translate("\\\\h")).isEqualTo("\\\\h");
        assertThat(RubyRegex.translate("\\(?m)")).isEqualTo("\\(?m)");
        assertThat(RubyRegex.translate("(?mi:x)(?i)(?:y)")).isEqualTo("(?si:x)(?i)(?:y)");
        assertThat(RubyRegex.compile("^\\h+$", null).matcher("89b932fc").find()).isTrue();
        assertThat(RubyRegex.compile("^\\h+$", null).matcher("xyz").find()).isFalse();
    }

    @Test
    void aTrailingBackslashOrBrokenPatternFailsToCompileWithARegexError() {
        assertThatThrownBy(() -> RubyRegex.compile("abc\\", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RubyRegex.compile("(unclosed", null)).isInstanceOf(IllegalArgumentException.class);
    }
}
