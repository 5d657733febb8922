package io.camwarden.console;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates, times and numbers as the reader's language writes them (Persian with Persian digits). Templates
 * call it as {@code ${@fmt.date(x)}}. Times are shown in the server's zone unless camwarden.time-zone names one:
 * the whole province reads one clock.
 */
@Component("fmt")
public class ConsoleFormat {

    private final ZoneId zone;

    public ConsoleFormat(@Value("${camwarden.time-zone:}") String zone) {
        this.zone = zone == null || zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone.strip());
    }

    public String date(LocalDate d) {
        return d == null ? "" : formatter(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)).format(d);
    }

    public String dateTime(Instant t) {
        return t == null ? "" : formatter(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT))
                .format(t.atZone(zone));
    }

    public String number(Number n) {
        return n == null ? "" : NumberFormat.getIntegerInstance(locale()).format(n);
    }

    /** A decimal such as a latitude, with the locale's digits and separator. */
    public String decimal(Double d) {
        if (d == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale());
        f.setMaximumFractionDigits(6);
        f.setGroupingUsed(false);
        return f.format(d);
    }

    private DateTimeFormatter formatter(DateTimeFormatter base) {
        Locale l = locale();
        return base.withLocale(l).withDecimalStyle(DecimalStyle.of(l));
    }

    private static Locale locale() {
        return ConsoleLanguages.supported(LocaleContextHolder.getLocale());
    }
}
