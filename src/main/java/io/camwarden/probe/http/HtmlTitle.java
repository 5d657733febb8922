package io.camwarden.probe.http;

import io.camwarden.probe.Printable;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a page's {@code <title>}, as recog's html_title fingerprints expect it: entities
 * decoded, whitespace collapsed. The charset comes from Content-Type, else a {@code <meta>} tag,
 * else UTF-8. Never throws; only the first {@link #SEARCHED_CHARS} characters are searched.
 */
public final class HtmlTitle {

    static final int SEARCHED_CHARS = 64 * 1024;
    static final int MAX_TITLE_CHARS = 512;

    private static final Pattern TITLE_OPEN = Pattern.compile("(?i)<title\\b[^>]{0,512}>");
    private static final Pattern TITLE_CLOSE = Pattern.compile("(?i)</title\\s*>");
    private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]{1,40})");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,6});");

    private HtmlTitle() {
    }

    public static Optional<String> extract(byte[] body, String contentType) {
        Charset charset = charset(contentType, body);
        String text = new String(body, 0, Math.min(body.length, SEARCHED_CHARS * 4), charset);
        if (text.length() > SEARCHED_CHARS) {
            text = text.substring(0, SEARCHED_CHARS);
        }
        Matcher open = TITLE_OPEN.matcher(text);
        if (!open.find()) {
            return Optional.empty();
        }
        int start = open.end();
        Matcher close = TITLE_CLOSE.matcher(text);
        int end = close.find(start) ? close.start() : unclosedEnd(text, start);
        String title = Printable.value(decodeEntities(text.substring(start, Math.min(end, start + MAX_TITLE_CHARS * 4))));
        if (title.length() > MAX_TITLE_CHARS) {
            title = title.substring(0, MAX_TITLE_CHARS);
        }
        return title.isEmpty() ? Optional.empty() : Optional.of(title);
    }

    /** A title without its closing tag ends at the next tag or the end of what was read. */
    private static int unclosedEnd(String text, int start) {
        int tag = text.indexOf('<', start);
        return tag < 0 ? text.length() : tag;
    }

    static Charset charset(String contentType, byte[] body) {
        String declared = null;
        if (contentType != null) {
            Matcher m = CHARSET.matcher(contentType);
            if (m.find()) {
                declared = m.group(1);
            }
        }
        if (declared == null) {
            String head = new String(body, 0, Math.min(body.length, 2048), StandardCharsets.ISO_8859_1);
            int meta = head.toLowerCase(Locale.ROOT).indexOf("<meta");
            Matcher m = CHARSET.matcher(head);
            if (meta >= 0 && m.find(meta)) {
                declared = m.group(1);
            }
        }
        if (declared != null) {
            try {
                return Charset.forName(declared);
            } catch (IllegalArgumentException unknownOrIllegal) {
                return StandardCharsets.UTF_8;
            }
        }
        return StandardCharsets.UTF_8;
    }

    static String decodeEntities(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(entity(m.group(1)).orElse(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Optional<String> entity(String name) {
        if (name.startsWith("#")) {
            boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
            int cp = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
            return Character.isValidCodePoint(cp) && cp != 0 ? Optional.of(Character.toString(cp)) : Optional.empty();
        }
        return Optional.ofNullable(switch (name.toLowerCase(Locale.ROOT)) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> " ";
            case "copy" -> "\u00a9";
            case "reg" -> "\u00ae";
            default -> null;
        });
    }
}
