package io.camwarden.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

class ServiceMessagesTest {

    final ServiceMessages say = new ServiceMessages(bundles());

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void knownMessagesAreSaidInTheReadersLanguageWithTheValuesTheyQuote() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
        assertThat(say.text("is required: the organization that owns the device")).isEqualTo("bắt buộc phải có");
        assertThat(say.text("'zz:zz' is not a MAC address: expected six pairs of hex digits"))
                .isEqualTo("'zz:zz' không phải là địa chỉ MAC: hãy viết dạng bc:ad:28:12:34:56");
        LocaleContextHolder.setLocale(Locale.forLanguageTag("fa"));
        assertThat(say.text("must be between -90 and 90")).isEqualTo("باید بین -90 و 90 باشد");
        assertThat(say.text("organization 42 not found")).isEqualTo("سازمان 42 در دامنهٔ شما نیست");
        LocaleContextHolder.setLocale(Locale.forLanguageTag("en"));
        assertThat(say.text("is required for OWNER users: they see only their organization's tree"))
                .isEqualTo("is required for OWNER users: they see only their organization's tree");
    }

    @Test
    void anUnknownMessageIsShownAsTheServiceWroteIt() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
        assertThat(say.text("the flux capacitor is out of range")).isEqualTo("the flux capacitor is out of range");
        assertThat(say.text(null)).isNull();
    }

    private static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource m = new ResourceBundleMessageSource();
        m.setBasename("i18n/messages");
        m.setDefaultEncoding("UTF-8");
        m.setFallbackToSystemLocale(false);
        return m;
    }
}
