package io.camwarden.probe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Parses WWW-Authenticate values (RFC 7235 section 4.1) as cameras really send them: several
 * challenges in one header or in repeated headers, quoted or bare values, missing commas between
 * parameters. Never throws: a piece it cannot read ends that header, what was read before it stays.
 */
public final class AuthChallengeParser {

    /** Headers longer than this are read only up to it; no camera needs more. */
    static final int MAX_HEADER_CHARS = 4096;
    static final int MAX_CHALLENGES = 16;
    static final int MAX_PARAMS = 32;

    private final String s;
    private int pos;

    private AuthChallengeParser(String header) {
        this.s = header.length() > MAX_HEADER_CHARS ? header.substring(0, MAX_HEADER_CHARS) : header;
    }

    public static List<AuthChallenge> parse(List<String> headerValues) {
        List<AuthChallenge> out = new ArrayList<>();
        for (String value : headerValues) {
            if (value != null) {
                new AuthChallengeParser(value).parseInto(out);
            }
        }
        return out;
    }

    public static List<AuthChallenge> parse(String headerValue) {
        return parse(List.of(headerValue));
    }

    private void parseInto(List<AuthChallenge> out) {
        while (out.size() < MAX_CHALLENGES) {
            skip(" \t,");
            String scheme = token();
            if (scheme.isEmpty()) {
                return; // end of header, or a character no challenge can start with
            }
            skip(" \t");
            if (end() || peek() == ',') {
                out.add(new AuthChallenge(scheme, Map.of(), null));
                continue;
            }
            if (paramAhead()) {
                Map<String, String> params = new LinkedHashMap<>();
                boolean wellFormed = readParams(params);
                out.add(new AuthChallenge(scheme, params, null));
                if (!wellFormed) {
                    return;
                }
                continue;
            }
            String token68 = token68();
            skip(" \t");
            boolean wellFormed = !token68.isEmpty() && (end() || peek() == ',');
            out.add(new AuthChallenge(scheme, Map.of(), wellFormed ? token68 : null));
            if (!wellFormed) {
                return;
            }
        }
    }

    /** Reads name=value pairs until the next challenge starts; false when the header is malformed. */
    private boolean readParams(Map<String, String> params) {
        while (params.size() < MAX_PARAMS) {
            skip(" \t,");
            if (end()) {
                return true;
            }
            if (!paramAhead()) {
                int save = pos;
                boolean nextScheme = !token().isEmpty(); // a bare token starts the next challenge
                pos = save;
                return nextScheme;
            }
            String name = token();
            skip(" \t");
            pos++; // '='
            skip(" \t");
            String value = peek() == '"' ? quoted() : token();
            if (value == null) {
                return false; // unterminated quoted string
            }
            params.putIfAbsent(name.toLowerCase(Locale.ROOT), value);
        }
        return true;
    }

    /** Whether a name=value pair starts here (and not a token68 such as "abc==" or the next scheme). */
    private boolean paramAhead() {
        int save = pos;
        try {
            String name = token();
            skip(" \t");
            if (name.isEmpty() || end() || peek() != '=') {
                return false;
            }
            pos++;
            skip(" \t");
            return !end() && peek() != '=' && peek() != ',';
        } finally {
            pos = save;
        }
    }

    private String quoted() {
        StringBuilder v = new StringBuilder();
        pos++;
        while (!end()) {
            char c = s.charAt(pos++);
            if (c == '"') {
                return v.toString();
            }
            if (c == '\\' && !end()) {
                c = s.charAt(pos++);
            }
            v.append(c);
        }
        return null; // unterminated
    }

    private String token() {
        int start = pos;
        while (!end() && isTokenChar(peek())) {
            pos++;
        }
        return s.substring(start, pos);
    }

    private String token68() {
        int start = pos;
        while (!end() && (Character.isLetterOrDigit(peek()) || "-._~+/".indexOf(peek()) >= 0)) {
            pos++;
        }
        while (!end() && peek() == '=') {
            pos++;
        }
        return s.substring(start, pos);
    }

    private static boolean isTokenChar(char c) {
        return c > 0x20 && c < 0x7f && "()<>@,;:\\\"/[]?={}".indexOf(c) < 0;
    }

    private void skip(String chars) {
        while (!end() && chars.indexOf(peek()) >= 0) {
            pos++;
        }
    }

    private char peek() {
        return s.charAt(pos);
    }

    private boolean end() {
        return pos >= s.length();
    }
}
