package io.camwarden.probe.telnet;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Telnet option negotiation (RFC 854/855) as a pure state machine: bytes from the server go in, the
 * text among them and the replies to send come out. It answers as a plain VT100 client would:
 * it lets the server echo and suppress go-ahead, says its terminal type (RFC 1091) when asked, and
 * refuses every other option, each request answered once so that no two parties loop. State
 * survives across chunks, so a command split between two reads is understood; a subnegotiation is
 * kept only up to {@link #MAX_SUBNEGOTIATION_BYTES}, the rest is dropped.
 */
final class TelnetNegotiation {

    static final int IAC = 255;
    static final int DONT = 254;
    static final int DO = 253;
    static final int WONT = 252;
    static final int WILL = 251;
    static final int SB = 250;
    static final int SE = 240;
    static final int ECHO = 1;
    static final int SUPPRESS_GO_AHEAD = 3;
    static final int TERMINAL_TYPE = 24;
    static final int MAX_SUBNEGOTIATION_BYTES = 64;
    static final int MAX_RECORDED = 64;
    static final String TERMINAL = "VT100";

    private static final Map<Integer, String> OPTION_NAMES = Map.ofEntries(
            Map.entry(0, "BINARY"), Map.entry(1, "ECHO"), Map.entry(3, "SUPPRESS GO AHEAD"), Map.entry(5, "STATUS"),
            Map.entry(6, "TIMING MARK"), Map.entry(24, "TERMINAL TYPE"), Map.entry(31, "WINDOW SIZE"),
            Map.entry(32, "TERMINAL SPEED"), Map.entry(33, "REMOTE FLOW CONTROL"), Map.entry(34, "LINEMODE"),
            Map.entry(35, "X DISPLAY LOCATION"), Map.entry(36, "OLD ENVIRONMENT"), Map.entry(37, "AUTHENTICATION"),
            Map.entry(38, "ENCRYPTION"), Map.entry(39, "NEW ENVIRONMENT"));

    private enum State { DATA, IAC, VERB, SB_OPTION, SB, SB_IAC }

    private State state = State.DATA;
    private int verb;
    private int sbOption;
    private final ByteArrayOutputStream sb = new ByteArrayOutputStream();
    private final ByteArrayOutputStream replies = new ByteArrayOutputStream();
    private final Set<Integer> answered = new HashSet<>();
    private final List<String> recorded = new ArrayList<>();

    /** Consumes bytes from the server and returns the text bytes among them. */
    byte[] feed(byte[] bytes, int offset, int length) {
        ByteArrayOutputStream data = new ByteArrayOutputStream(length);
        for (int i = offset; i < offset + length; i++) {
            int b = bytes[i] & 0xff;
            switch (state) {
                case DATA -> {
                    if (b == IAC) {
                        state = State.IAC;
                    } else {
                        data.write(b);
                    }
                }
                case IAC -> {
                    if (b == IAC) {
                        data.write(b); // an escaped 255 is text
                        state = State.DATA;
                    } else if (b >= WILL) {
                        verb = b;
                        state = State.VERB;
                    } else if (b == SB) {
                        state = State.SB_OPTION;
                    } else {
                        state = State.DATA; // NOP, GA, AYT, a stray SE...: nothing to answer
                    }
                }
                case VERB -> {
                    negotiate(verb, b);
                    state = State.DATA;
                }
                case SB_OPTION -> {
                    sbOption = b;
                    sb.reset();
                    state = State.SB;
                }
                case SB -> {
                    if (b == IAC) {
                        state = State.SB_IAC;
                    } else if (sb.size() < MAX_SUBNEGOTIATION_BYTES) {
                        sb.write(b);
                    }
                }
                case SB_IAC -> {
                    if (b == SE) {
                        subnegotiation(sbOption, sb.toByteArray());
                        state = State.DATA;
                    } else {
                        if (b == IAC && sb.size() < MAX_SUBNEGOTIATION_BYTES) {
                            sb.write(b);
                        }
                        state = State.SB;
                    }
                }
                default -> throw new IllegalStateException("unknown telnet state " + state);
            }
        }
        return data.toByteArray();
    }

    private void negotiate(int verb, int option) {
        record(verbName(verb) + " " + optionName(option));
        boolean wanted = switch (verb) {
            case WILL, WONT -> option == ECHO || option == SUPPRESS_GO_AHEAD; // the server may do these
            default -> option == TERMINAL_TYPE; // we may do this
        };
        int reply = switch (verb) {
            case WILL -> wanted ? DO : DONT;
            case DO -> wanted ? WILL : WONT;
            case WONT -> DONT;
            default -> WONT; // DONT
        };
        if (answered.add(verb << 8 | option)) {
            replies.write(IAC);
            replies.write(reply);
            replies.write(option);
        }
    }

    private void subnegotiation(int option, byte[] content) {
        record("SB " + optionName(option));
        if (option == TERMINAL_TYPE && content.length > 0 && content[0] == 1) { // SEND
            replies.write(IAC);
            replies.write(SB);
            replies.write(TERMINAL_TYPE);
            replies.write(0); // IS
            replies.writeBytes(TERMINAL.getBytes(StandardCharsets.US_ASCII));
            replies.write(IAC);
            replies.write(SE);
        }
    }

    /** Replies produced since the last call, to send to the server now. */
    byte[] takeReplies() {
        byte[] out = replies.toByteArray();
        replies.reset();
        return out;
    }

    /** What the server negotiated, in order, e.g. "DO TERMINAL TYPE" (at most {@link #MAX_RECORDED}). */
    List<String> recorded() {
        return List.copyOf(recorded);
    }

    /**
     * A line to send, ending in CR LF. NVT would require doubling a 255 byte, but UTF-8 never
     * contains one, so the bytes go as they are.
     */
    static byte[] line(String text) {
        return (text + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private void record(String event) {
        if (recorded.size() < MAX_RECORDED) {
            recorded.add(event);
        }
    }

    private static String verbName(int verb) {
        return switch (verb) {
            case WILL -> "WILL";
            case WONT -> "WONT";
            case DO -> "DO";
            default -> "DONT";
        };
    }

    private static String optionName(int option) {
        return OPTION_NAMES.getOrDefault(option, Integer.toString(option));
    }
}
