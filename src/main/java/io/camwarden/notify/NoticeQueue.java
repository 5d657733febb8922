package io.camwarden.notify;

import io.camwarden.checks.DeviceFacts;
import io.camwarden.domain.Contact;
import io.camwarden.domain.Language;
import io.camwarden.domain.Organization;
import io.camwarden.domain.check.Finding;
import io.camwarden.domain.check.FindingNotice;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Queues the notices of findings that opened or reopened, inside the assessment's transaction, and wakes the
 * sender when it commits. Recipients: the device's owner, its operator when that is another organisation, and
 * the ISP above a SUBSCRIBER owner (Directive 23 §8b: ISPs notify their subscribers). Each organisation is
 * written to at its first contact with an e-mail address, in that contact's language.
 */
@Component
public class NoticeQueue {

    static final String NO_EMAIL = "not sent: the organisation has no contact with an e-mail address";

    private final NotificationRepository notices;
    private final NotificationWorker worker;

    public NoticeQueue(NotificationRepository notices, NotificationWorker worker) {
        this.notices = notices;
        this.worker = worker;
    }

    /** Findings of one device that opened or reopened (already written). */
    public record Opened(DeviceFacts facts, List<Finding> findings) {
    }

    /** Queues the notices of findings that opened at {@code at}, all in one batch. */
    public void queue(List<Opened> opened, Instant at) {
        List<NotificationRepository.NewNotice> rows = new ArrayList<>();
        for (Opened device : opened) {
            Map<FindingNotice.Role, Organization> to = recipients(device.facts());
            for (Finding f : device.findings()) {
                for (Map.Entry<FindingNotice.Role, Organization> r : to.entrySet()) {
                    Organization o = r.getValue();
                    Contact c = emailContact(o);
                    Language lang = language(c);
                    rows.add(new NotificationRepository.NewNotice(f.deviceId(), f.checkId(), at,
                            new FindingNotice.Recipient(r.getKey(), o.id(), o.name(), c == null ? null : c.name(),
                                    c == null ? null : c.email().strip()), lang,
                            c == null ? FindingNotice.Status.NOT_SENT : FindingNotice.Status.QUEUED,
                            c == null ? NO_EMAIL : null));
                }
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        notices.queue(rows, at);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    worker.wake();
                }
            });
        } else {
            worker.wake();
        }
    }

    /** The organisation's first contact with an e-mail address, or null. */
    static Contact emailContact(Organization o) {
        return o.contacts().stream().filter(x -> x.email() != null && !x.email().isBlank()).findFirst().orElse(null);
    }

    static Language language(Contact c) {
        return c == null || c.language() == null ? Language.VI : c.language();
    }

    private static Map<FindingNotice.Role, Organization> recipients(DeviceFacts f) {
        Map<FindingNotice.Role, Organization> to = new LinkedHashMap<>();
        if (f.owner() != null) {
            to.put(FindingNotice.Role.OWNER, f.owner());
        }
        if (f.operator() != null && (f.owner() == null || !f.operator().id().equals(f.owner().id()))) {
            to.put(FindingNotice.Role.OPERATOR, f.operator());
        }
        if (f.ownerIsp() != null) {
            to.put(FindingNotice.Role.ISP, f.ownerIsp());
        }
        return to;
    }
}
