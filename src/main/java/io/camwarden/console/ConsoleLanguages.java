package io.camwarden.console;

import io.camwarden.domain.Language;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The languages the console speaks; Vietnamese unless the user picked another. */
public final class ConsoleLanguages {

    public static final Locale DEFAULT = Locale.forLanguageTag(Language.VI.code());
    public static final List<Locale> SUPPORTED = Arrays.stream(Language.values())
            .map(l -> Locale.forLanguageTag(l.code())).toList();

    private ConsoleLanguages() {
    }

    /** The supported locale of the same language, or the default: "fa-IR" becomes fa, "de" becomes vi. */
    public static Locale supported(Locale requested) {
        if (requested == null) {
            return DEFAULT;
        }
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(requested.getLanguage())).findFirst()
                .orElse(DEFAULT);
    }

    public static boolean rightToLeft(Locale locale) {
        return Language.of(supported(locale).getLanguage()).rightToLeft();
    }
}
