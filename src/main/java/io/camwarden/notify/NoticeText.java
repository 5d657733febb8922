package io.camwarden.notify;

import io.camwarden.domain.Device;
import io.camwarden.domain.check.Finding;
import io.camwarden.domain.check.FindingNotice;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The text of a finding notice in the recipient's language, from the console's message bundles
 * (i18n/messages*.properties, keys notice.*), so translators find every text in one place.
 */
@Component
public class NoticeText {

    /** A subject and a plain-text body. */
    public record Mail(String subject, String body) {
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm XXX");

    private final MessageSource messages;
    private final ZoneId zone;

    public NoticeText(MessageSource messages,
                      @org.springframework.beans.factory.annotation.Value("${camwarden.time-zone:}") String zone) {
        this.messages = messages;
        this.zone = zone == null || zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone.strip());
    }

    public Mail of(FindingNotice n, Finding f, Device d, String token, Instant acknowledgeBy) {
        Locale locale = Locale.forLanguageTag(n.language().code());
        String device = d == null ? "#" + f.deviceId() : "#" + d.id() + " " + join(d.vendor(), d.model())
                + (d.addresses().isEmpty() ? "" : " (" + String.join(", ", d.addresses()) + ")");
        Object[] args = {String.valueOf(n.id()), device, f.checkId(), f.checkTitle(),
                messages.getMessage("notice.severity." + f.severity().name(), null, locale),
                f.evidence() == null ? "" : f.evidence().summary(), "{\"token\": \"" + token + "\"}",
                WHEN.format(acknowledgeBy.atZone(zone)), n.recipient().contactName() != null
                ? n.recipient().contactName() : n.recipient().organizationName()};
        return new Mail(messages.getMessage("notice.subject", args, locale),
                messages.getMessage("notice.body", args, locale));
    }

    private static String join(String vendor, String model) {
        String s = ((vendor == null ? "" : vendor) + " " + (model == null ? "" : model)).strip();
        return s.isEmpty() ? "(unnamed)" : s;
    }
}
