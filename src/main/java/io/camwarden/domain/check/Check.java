package io.camwarden.domain.check;

/**
 * One check of a rule set: its catalogue ID (e.g. "INV-05"), what is observed and what passes, its
 * severity and minimum security level (structured, with the original text), where it maps in the
 * rules, and the source the rule set gives for it. {@code notificationWindows} is what GOV-04's row may give
 * ({@link NotificationWindows}); null on every other row and when the rule set leaves it empty.
 */
public record Check(String id, String domain, String title, String observation, String passCriterion,
                    SeverityRule severity, MinimumLevel minLevel, CheckMappings mappings, String source,
                    NotificationWindows notificationWindows) {

    /** A check without notification windows. */
    public Check(String id, String domain, String title, String observation, String passCriterion,
                 SeverityRule severity, MinimumLevel minLevel, CheckMappings mappings, String source) {
        this(id, domain, title, observation, passCriterion, severity, minLevel, mappings, source, null);
    }
}
