package io.camwarden.probe;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Signs that a device has started refusing logins because of earlier failures: the audit stage stops
 * trying credentials on a device that shows any of them, so that CamWarden never locks an account.
 */
public final class LockoutSigns {

    private static final Pattern LOCKED_TEXT = Pattern.compile(
            "(?i)\\b(locked|locked out|lockout|blocked|too many (failed |login |wrong )?(attempts|logins|failures|tries)"
                    + "|try again (later|in \\d+)|retry after \\d+)\\b");

    private LockoutSigns() {
    }

    /**
     * Signs in one answer to a request that carried credentials.
     *
     * @param status  the status code (HTTP or RTSP), or 0 when there was none
     * @param headers the answer's headers
     * @param text    the start of the body or the text the device printed, may be empty
     */
    public static List<String> in(int status, Headers headers, String text) {
        List<String> signs = new ArrayList<>();
        switch (status) {
            case 423 -> signs.add("status 423 Locked");
            case 429 -> signs.add("status 429 Too Many Requests");
            case 403 -> signs.add("status 403 Forbidden after credentials (some devices lock this way)");
            default -> {
            }
        }
        headers.first("Retry-After").ifPresent(v -> signs.add("Retry-After: " + Printable.of(v)));
        inText(text).ifPresent(signs::add);
        return signs;
    }

    /** A lock-out message in free text (an HTML body, a telnet reply), if there is one. */
    public static Optional<String> inText(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        var m = LOCKED_TEXT.matcher(text.length() > 4096 ? text.substring(0, 4096) : text);
        return m.find() ? Optional.of("device says \"" + Printable.of(m.group().strip()) + "\"")
                : Optional.empty();
    }
}
