package io.camwarden.probe.telnet;

import java.util.regex.Pattern;

/**
 * How camera telnet daemons (BusyBox login, vendor shells) ask for and answer a login. Patterns
 * look at the end of what the device printed, because that is where a prompt waits.
 */
final class TelnetPrompts {

    static final Pattern LOGIN = Pattern.compile("(?i)(login|user ?name|user|account)\\s*[:>]\\s*$");
    static final Pattern PASSWORD = Pattern.compile("(?i)pass(word|wd|code)?\\s*[:>]\\s*$");
    static final Pattern LOGIN_OR_PASSWORD = Pattern.compile(LOGIN.pattern() + "|" + PASSWORD.pattern());
    static final Pattern FAILURE = Pattern.compile(
            "(?i)(incorrect|invalid|failed|failure|denied|wrong|bad (user|password)|authentication error|not allowed)");
    static final Pattern SHELL = Pattern.compile("(?m)[#$%>]\\s*$");
    static final Pattern WELCOME = Pattern.compile("(?i)(welcome|last login|busybox v|built-in shell)");
    /** After credentials: stop at a shell prompt or at a new login prompt. */
    static final Pattern AFTER_PASSWORD = Pattern.compile(SHELL.pattern() + "|" + LOGIN.pattern());

    private TelnetPrompts() {
    }

    static boolean endsWith(Pattern prompt, String text) {
        return prompt.matcher(text).find();
    }
}
