package io.camwarden.probe.onvif;

import io.camwarden.discovery.XmlElements;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.w3c.dom.Element;

/**
 * GetSystemDateAndTime: the device's clock, which WS-UsernameToken digests must follow.
 *
 * @param utc             the device's UTC time, or null when it only reported local time
 * @param dateTimeType    "NTP" or "Manual", as sent
 * @param daylightSavings as sent
 * @param timeZone        the POSIX TZ string, as sent, or null
 */
public record SystemDateAndTime(Instant utc, String dateTimeType, boolean daylightSavings, String timeZone) {

    static SystemDateAndTime from(Element response) throws InvalidAnswer {
        Element sdt = XmlElements.path(response, "SystemDateAndTime");
        if (sdt == null) {
            throw new InvalidAnswer("GetSystemDateAndTimeResponse has no SystemDateAndTime");
        }
        Element utc = XmlElements.path(sdt, "UTCDateTime");
        return new SystemDateAndTime(utc == null ? null : instant(utc), XmlElements.text(sdt, "DateTimeType"),
                "true".equalsIgnoreCase(XmlElements.text(sdt, "DaylightSavings")),
                XmlElements.text(sdt, "TimeZone", "TZ"));
    }

    private static Instant instant(Element dateTime) throws InvalidAnswer {
        int year = XmlElements.integer(dateTime, -1, "Date", "Year");
        int month = XmlElements.integer(dateTime, -1, "Date", "Month");
        int day = XmlElements.integer(dateTime, -1, "Date", "Day");
        int hour = XmlElements.integer(dateTime, -1, "Time", "Hour");
        int minute = XmlElements.integer(dateTime, -1, "Time", "Minute");
        int second = XmlElements.integer(dateTime, -1, "Time", "Second");
        try {
            // Some devices report a leap second or 24:00; ONVIF allows neither, but the clock is still useful.
            return LocalDateTime.of(checked(year, 1970, 9999), month, day, 0, 0).toInstant(ZoneOffset.UTC)
                    .plusSeconds(checked(hour, 0, 24) * 3600L + checked(minute, 0, 59) * 60L + checked(second, 0, 60));
        } catch (DateTimeException e) {
            throw new InvalidAnswer("UTCDateTime is not a valid date and time: " + year + "-" + month + "-" + day
                    + " " + hour + ":" + minute + ":" + second);
        }
    }

    private static int checked(int value, int min, int max) {
        if (value < min || value > max) {
            throw new DateTimeException("out of range: " + value);
        }
        return value;
    }
}
