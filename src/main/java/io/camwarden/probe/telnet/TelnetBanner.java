package io.camwarden.probe.telnet;

import java.util.List;

/** What a telnet server printed before its first prompt, and the options it negotiated. */
public record TelnetBanner(String text, List<String> negotiation) {

    public TelnetBanner {
        negotiation = List.copyOf(negotiation);
    }

    /** The printed text without surrounding blank lines. */
    public String trimmed() {
        return text.strip();
    }
}
