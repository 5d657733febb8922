package io.camwarden.notify;

import io.camwarden.domain.Contact;
import io.camwarden.domain.Device;
import io.camwarden.domain.Language;
import io.camwarden.domain.Scope;
import io.camwarden.domain.check.Finding;
import io.camwarden.domain.check.FindingNotice;
import io.camwarden.domain.check.FindingStatus;
import io.camwarden.checks.RuleSetService;
import io.camwarden.findings.FindingRepository;
import io.camwarden.registry.device.DeviceRepository;
import io.camwarden.registry.organization.OrganizationRepository;
import jakarta.mail.MessagingException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import io.camwarden.server.PollingLoop;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The background sender of finding notices (a virtual thread, in the server only): woken when an assessment
 * queued notices, and looking by itself every {@code poll-seconds} for notices queued by another process or
 * worth another try. Each sent notice gets a fresh acknowledgement token; only its hash is stored.
 */
@Component
public class NotificationWorker {

    private static final Logger log = LoggerFactory.getLogger(NotificationWorker.class);
    static final String NO_SMTP = "not sent: no SMTP server configured (set CAMWARDEN_SMTP_HOST)";
    /** A refused notice is tried this often in all, once per poll, before it stays FAILED. */
    static final int MAX_ATTEMPTS = 5;
    private static final int BATCH = 50;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final NotificationRepository notices;
    private final FindingRepository findings;
    private final DeviceRepository devices;
    private final OrganizationRepository organizations;
    private final SmtpMailer mailer;
    private final NoticeText text;
    private final RuleSetService ruleSets;
    private final Clock clock;
    private final long pollSeconds;
    private final PollingLoop loop;

    public NotificationWorker(NotificationRepository notices, FindingRepository findings, DeviceRepository devices,
                              OrganizationRepository organizations, SmtpMailer mailer, NoticeText text,
                              RuleSetService ruleSets, Clock clock,
                              @Value("${camwarden.notify.poll-seconds:60}") long pollSeconds) {
        this.notices = notices;
        this.findings = findings;
        this.devices = devices;
        this.organizations = organizations;
        this.mailer = mailer;
        this.text = text;
        this.ruleSets = ruleSets;
        this.clock = clock;
        this.pollSeconds = Math.max(1, pollSeconds);
        this.loop = new PollingLoop("finding-notices", this.pollSeconds, this::cycle, "Sending finding notices failed",
                log);
    }

    @EventListener(ApplicationReadyEvent.class)
    public void start(ApplicationReadyEvent event) {
        if (!loop.start(event.getApplicationContext())) {
            return; // one-shot commands queue notices; the server sends them
        }
        if (!mailer.configured()) {
            log.warn("No SMTP server configured (CAMWARDEN_SMTP_HOST): finding notices are logged as not sent, and"
                    + " GOV-04 fails once their notification deadline passes");
        }
    }

    @jakarta.annotation.PreDestroy
    public void stop() throws InterruptedException {
        loop.stop();
    }

    /** Notices were queued (call after their transaction committed). */
    public void wake() {
        loop.wake();
    }

    /** Sends what is due, each notice at most once per cycle; returns how many notices it handled. */
    int cycle() {
        int handled = 0;
        int withoutSmtp = 0;
        long after = 0;
        List<FindingNotice> due;
        do {
            due = notices.due(mailer.configured(), MAX_ATTEMPTS, after, BATCH);
            for (FindingNotice n : due) {
                if (send(n)) {
                    withoutSmtp++;
                }
                handled++;
                after = n.id();
            }
        } while (loop.running() && due.size() == BATCH);
        if (withoutSmtp > 0) {
            // one line per cycle, not one per notice: a first assessment of a fleet opens thousands of findings
            log.warn("{} finding {} {}; GOV-04 fails their devices once the notification deadline passes",
                    withoutSmtp, withoutSmtp == 1 ? "notice" : "notices", NO_SMTP);
        }
        return handled;
    }

    /** Sends one notice, or records why not; true when it was held back for want of an SMTP server. */
    private boolean send(FindingNotice n) {
        String about = "notice " + n.id() + " of finding " + n.findingId() + " (" + n.checkId() + ", " + n.severity()
                + ", device " + n.deviceId() + ") to " + n.recipient().role() + " '" + n.recipient().organizationName()
                + "'";
        if (!mailer.configured()) {
            notices.notSent(n.id(), FindingNotice.Status.NOT_SENT, NO_SMTP);
            return true;
        }
        Finding f = findings.find(Scope.EVERYTHING, n.findingId()).orElse(null);
        if (f == null || f.status() == FindingStatus.CLOSED) {
            notices.notSent(n.id(), FindingNotice.Status.NOT_SENT, "not sent: the finding was closed before sending");
            return false;
        }
        if (n.recipient().email() == null) {
            n = readdressed(n);
            if (n == null) {
                return false;
            }
        }
        Device d = devices.find(Scope.EVERYTHING, n.deviceId()).orElse(null);
        String owner = d == null || d.ownerOrganizationId() == null ? null
                : organizations.find(Scope.EVERYTHING, d.ownerOrganizationId()).map(o -> o.name()).orElse(null);
        String token = token();
        Instant now = clock.instant();
        // acknowledge within the window of the active rule set: the one GOV-04 will judge the notice by
        Instant ackBy = now.plus(ruleSets.activeCatalogue().notificationWindows().of(n.severity()));
        NoticeText.Mail mail = text.of(n, f, d, owner, token, ackBy);
        try {
            mailer.send(n.recipient().email(), mail.subject(), mail.body());
        } catch (MessagingException | RuntimeException e) {
            String why = "the mail server " + mailer.server() + " refused it: " + e.getMessage();
            notices.notSent(n.id(), FindingNotice.Status.FAILED, why);
            log.warn("Finding {} not sent (attempt {} of {}): {}", about, n.attempts() + 1, MAX_ATTEMPTS, why);
            return false;
        }
        notices.sent(n.id(), now, hash(token));
        log.info("Finding {} sent to {} in {}", about, n.recipient().email(), n.language().code());
        return false;
    }

    /** A notice queued without an e-mail contact, addressed to the one the organisation has now (or null). */
    private FindingNotice readdressed(FindingNotice n) {
        Contact c = organizations.find(Scope.EVERYTHING, n.recipient().organizationId()).map(NoticeQueue::emailContact)
                .orElse(null);
        if (c == null) {
            return null;
        }
        Language lang = NoticeQueue.language(c);
        notices.readdress(n.id(), c.name(), c.email().strip(), lang);
        FindingNotice.Recipient to = new FindingNotice.Recipient(n.recipient().role(), n.recipient().organizationId(),
                n.recipient().organizationName(), c.name(), c.email().strip());
        return new FindingNotice(n.id(), n.findingId(), n.deviceId(), n.checkId(), n.severity(), n.openedAt(), to,
                n.channel(), lang, n.status(), n.error(), n.attempts(), n.queuedAt(), n.sentAt(), n.acknowledgedAt(),
                n.acknowledgedBy());
    }

    private static String token() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
