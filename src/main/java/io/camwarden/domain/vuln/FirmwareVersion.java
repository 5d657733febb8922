package io.camwarden.domain.vuln;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A firmware version as camera vendors write it, normalised so that a device's version can be put against
 * NVD's and advisories' bounds. Cameras report their firmware in many shapes; the same build can read
 * {@code V5.4.5 build 170124} in ONVIF, {@code 5.4.5_170124} on the web page and {@code 5.4.5} in NVD.
 *
 * <h2>Reading</h2>
 * <ol>
 *   <li>Case is ignored and the text is stripped; more than {@value #MAX_LENGTH} characters is not a version.</li>
 *   <li>A build is taken out first: {@code build 170124}, {@code Build Date 2021-07-05}, {@code build_993}.</li>
 *   <li>The version proper is the first run of dot-separated segments that starts with a digit
 *       ({@code 2.800.0000000.16.r}). Text before it may only be a label ({@code V}, {@code ver},
 *       {@code version}, {@code firmware}, {@code fw}, {@code rev}) or words without digits ending in a
 *       separator ({@code firmware_11.37.2.47}, {@code dh_ipc-..._eng_p_v2.400...}); a file extension after it
 *       ({@code .bin}) is dropped.</li>
 *   <li>What follows may only be a build: {@code _170124}, {@code -11}, {@code _b130111}. Anything else after
 *       the version ({@code 4.1_beta_a}, {@code 1.6.18p12_sign5}) makes the text unreadable rather than
 *       guessed at ({@link #parse}), or the version partial ({@link #read}): a partial version decides only
 *       where a segment that both sides have differs, never by what it lacks.</li>
 *   <li>Dahua writes the build date as the last segment ({@code 2.820.0000000.5.r.210705},
 *       {@code 1.000.0041.20180530}): a last segment that is a date (YYMMDD or YYYYMMDD) after a letters-only
 *       segment, or as the fourth segment or later, is the build.</li>
 *   <li>A version that is a date ({@code 2016-11-14}) reads as the segments 2016.11.14.</li>
 *   <li>A build that is a date is written YYMMDD, whichever form it came in ({@code 2021-07-05},
 *       {@code 20210705} and {@code 210705} are the same build).</li>
 * </ol>
 *
 * <h2>Comparing</h2>
 * <ul>
 *   <li>Segments compare from the left. Within a segment, runs of digits compare as numbers (leading zeros
 *       ignored: {@code 0000000} is 0) and runs of letters compare alphabetically, case-insensitively
 *       ({@code 2.800.0.16.R} is before {@code 2.800.0.16.T}). A number against letters cannot be ordered:
 *       UNKNOWN ({@code 2.420.ac00} against {@code 2.420.0000}).</li>
 *   <li>Missing segments count as zero ({@code 5.4} equals {@code 5.4.0}, is before {@code 5.4.1}); a missing
 *       segment against letters is UNKNOWN ({@code 2.800.0.16} against {@code 2.800.0.16.r}).</li>
 *   <li>The build counts only when the versions are otherwise equal, and only when the bound has one:
 *       {@code 5.4.5 build 170124} equals the bound {@code 5.4.5}; against the bound
 *       {@code 2.820.0000000.5.r.210705}, {@code 2.820.0000000.5.R} is UNKNOWN (which build?), and
 *       {@code 2.820.0000000.5.R build 210801} is GREATER.</li>
 * </ul>
 * Nothing here throws on bad input: {@link #parse} answers empty, and {@link #compare} UNKNOWN.
 */
public final class FirmwareVersion {

    static final int MAX_LENGTH = 200;

    private static final Pattern BUILD_WORD = Pattern.compile(
            "(?:^|[\\s_.-])(?:build|bld)(?:[\\s_-]*date)?[\\s:_.-]*(\\d{4}-\\d{1,2}-\\d{1,2}|\\d+)(?=$|\\s)");
    private static final Pattern CORE = Pattern.compile("\\d[a-z0-9]*(?:\\.[a-z0-9]+)*");
    private static final Pattern SUFFIX_BUILD = Pattern.compile("[_-]b?(\\d+)");
    private static final Pattern EXTENSION = Pattern.compile("\\.(?:bin|img|dav|pkg|zip|tar|gz|fw)$");
    private static final Pattern DATE = Pattern.compile("(?:19|20)\\d\\d-\\d{1,2}-\\d{1,2}");
    private static final Pattern RUN = Pattern.compile("\\d+|[a-z]+");
    private static final List<String> LABELS = List.of("firmware", "version", "ver", "rev", "fw", "v");

    private final String text;
    private final List<List<String>> segments;
    private final String build;
    private final boolean partial;

    private FirmwareVersion(String text, List<List<String>> segments, String build, boolean partial) {
        this.text = text;
        this.segments = segments;
        this.build = build;
        this.partial = partial;
    }

    /** The version of {@code text}, or empty when it holds none that can be compared without guessing. */
    public static Optional<FirmwareVersion> parse(String text) {
        return read(text, false);
    }

    /**
     * Like {@link #parse}, but text after the version that is no build does not make it unreadable: the
     * version is then partial ({@code 1.6.18p12_sign5} is 1.6.18p12 and something). A partial version
     * decides only where a segment both sides have differs: {@code 1.6.16} is LESS than it, while
     * {@code 1.6.18p12} and {@code 1.6.18p12.1} are UNKNOWN against it.
     */
    public static Optional<FirmwareVersion> read(String text) {
        return read(text, true);
    }

    private static Optional<FirmwareVersion> read(String text, boolean lenient) {
        if (text == null || text.isBlank() || text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String s = text.strip().toLowerCase(Locale.ROOT).replace(',', ' ');
        String build = null;
        Matcher b = BUILD_WORD.matcher(s);
        if (b.find()) {
            build = buildNumber(b.group(1));
            s = (s.substring(0, b.start()) + " " + s.substring(b.end())).strip();
        }
        s = EXTENSION.matcher(s).replaceFirst("");
        if (DATE.matcher(s).matches()) {
            s = s.replace('-', '.'); // a version that is a date: 2016-11-14
        }
        Matcher core = CORE.matcher(s);
        if (!core.find() || !labelOnly(s.substring(0, core.start()))) {
            return Optional.empty();
        }
        String rest = s.substring(core.end()).strip();
        if (rest.equals(".")) {
            rest = "";
        }
        boolean partial = false;
        if (!rest.isEmpty()) {
            Matcher sb = SUFFIX_BUILD.matcher(rest);
            if (build == null && sb.matches()) {
                build = buildNumber(sb.group(1));
            } else if (lenient) {
                partial = true;
            } else {
                return Optional.empty(); // something after the version that is not a build: do not guess
            }
        }
        List<String> parts = new ArrayList<>(List.of(core.group().split("\\.")));
        if (build == null && !partial && parts.size() >= 2) {
            String last = parts.getLast();
            boolean afterLetters = parts.get(parts.size() - 2).chars().allMatch(Character::isLetter);
            if (isDate(last) && (afterLetters || parts.size() >= 4)) {
                build = buildNumber(last);
                parts.removeLast();
            }
        }
        List<List<String>> segments = new ArrayList<>();
        for (String part : parts) {
            List<String> runs = new ArrayList<>();
            Matcher r = RUN.matcher(part);
            while (r.find()) {
                String run = r.group();
                runs.add(Character.isDigit(run.charAt(0)) ? stripZeros(run) : run);
            }
            segments.add(List.copyOf(runs));
        }
        return Optional.of(new FirmwareVersion(text.strip(), List.copyOf(segments), build, partial));
    }

    /**
     * {@code version} against {@code bound}, both as text ({@link #read}, so partial versions decide what they
     * can). When either cannot be read, the two are EQUAL only
     * when they are the same text (ignoring case and a leading "v"), else UNKNOWN.
     */
    public static VersionComparison compare(String version, String bound) {
        Optional<FirmwareVersion> v = read(version);
        Optional<FirmwareVersion> b = read(bound);
        if (v.isPresent() && b.isPresent()) {
            return v.get().compareWith(b.get());
        }
        if (version != null && bound != null && plain(version).equals(plain(bound)) && !plain(bound).isEmpty()) {
            return VersionComparison.EQUAL;
        }
        return VersionComparison.UNKNOWN;
    }

    /** This version against {@code bound}; the bound's build decides only where the versions are equal. */
    public VersionComparison compareWith(FirmwareVersion bound) {
        boolean eitherPartial = partial || bound.partial;
        int n = Math.max(segments.size(), bound.segments.size());
        for (int i = 0; i < n; i++) {
            List<String> a = i < segments.size() ? segments.get(i) : null;
            List<String> c = i < bound.segments.size() ? bound.segments.get(i) : null;
            if ((a == null || c == null) && eitherPartial) {
                return VersionComparison.UNKNOWN; // what follows a partial version is not known
            }
            VersionComparison r = a == null ? missing(c).reversed() : c == null ? missing(a) : segment(a, c);
            if (r != VersionComparison.EQUAL) {
                return r;
            }
        }
        if (eitherPartial) {
            return VersionComparison.UNKNOWN;
        }
        if (bound.build == null) {
            return VersionComparison.EQUAL;
        }
        if (build == null) {
            return VersionComparison.UNKNOWN;
        }
        return numbers(build, bound.build);
    }

    /** The build number (a date as YYMMDD), or null when the text gave none. */
    public String build() {
        return build;
    }

    /** The version without its build, as compared: "2.800.0.16.r". */
    public String core() {
        StringBuilder sb = new StringBuilder();
        for (List<String> segment : segments) {
            sb.append(sb.isEmpty() ? "" : ".").append(String.join("", segment));
        }
        return sb.toString();
    }

    /** The text it was read from. */
    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return build == null ? core() : core() + " build " + build;
    }

    /** A segment present on one side only, against nothing: zero is equal, a number is more, letters unknown. */
    private static VersionComparison missing(List<String> present) {
        if (present.isEmpty() || !Character.isDigit(present.getFirst().charAt(0))) {
            return VersionComparison.UNKNOWN;
        }
        if (!present.getFirst().equals("0")) {
            return VersionComparison.GREATER;
        }
        return present.size() == 1 ? VersionComparison.EQUAL : VersionComparison.UNKNOWN; // "0a": unknown
    }

    private static VersionComparison segment(List<String> a, List<String> b) {
        int n = Math.min(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            String x = a.get(i);
            String y = b.get(i);
            boolean xNum = Character.isDigit(x.charAt(0));
            boolean yNum = Character.isDigit(y.charAt(0));
            if (xNum != yNum) {
                return VersionComparison.UNKNOWN;
            }
            VersionComparison c = xNum ? numbers(x, y) : order(x.compareTo(y));
            if (c != VersionComparison.EQUAL) {
                return c;
            }
        }
        // "10.0a" against "10.0": a letter suffix may mean a later build or a pre-release; do not guess
        return a.size() == b.size() ? VersionComparison.EQUAL : VersionComparison.UNKNOWN;
    }

    /** Two digit strings without leading zeros, as numbers of any length. */
    private static VersionComparison numbers(String x, String y) {
        return order(x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y));
    }

    private static VersionComparison order(int c) {
        return c < 0 ? VersionComparison.LESS : c > 0 ? VersionComparison.GREATER : VersionComparison.EQUAL;
    }

    private static String stripZeros(String digits) {
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }

    /** A build as compared: dates as YYMMDD, other numbers without leading zeros. */
    private static String buildNumber(String raw) {
        if (raw.contains("-")) {
            String[] ymd = raw.split("-");
            return ymd[0].substring(ymd[0].length() - 2) + two(ymd[1]) + two(ymd[2]);
        }
        if (raw.length() == 8 && isDate(raw)) {
            return raw.substring(2);
        }
        return stripZeros(raw);
    }

    private static String two(String s) {
        return s.length() == 1 ? "0" + s : s;
    }

    /** YYMMDD or YYYYMMDD (19xx or 20xx) with a real month and day. */
    private static boolean isDate(String s) {
        if (!s.chars().allMatch(Character::isDigit) || (s.length() != 6 && s.length() != 8)) {
            return false;
        }
        String md = s.substring(s.length() - 4);
        int month = Integer.parseInt(md.substring(0, 2));
        int day = Integer.parseInt(md.substring(2));
        boolean century = s.length() == 6 || s.startsWith("19") || s.startsWith("20");
        return century && month >= 1 && month <= 12 && day >= 1 && day <= 31;
    }

    /** Text before the version: empty, a label ("V", "firmware "), or digit-free words ending in a separator. */
    private static boolean labelOnly(String prefix) {
        String p = prefix;
        boolean boundary = p.isEmpty();
        for (int round = 0; round < 4 && !p.isEmpty(); round++) {
            String q = p.replaceFirst("[\\s_.:-]+$", "");
            if (!q.equals(p)) {
                boundary = true;
                p = q;
                continue;
            }
            String label = label(p);
            if (label == null) {
                break;
            }
            p = p.substring(0, p.length() - label.length()); // what is left is empty or ends in a separator
            boundary = true;
        }
        return p.chars().noneMatch(Character::isDigit) && (p.isEmpty() || boundary);
    }

    /** The label {@code text} ends with as a whole word, or null. */
    private static String label(String text) {
        for (String l : LABELS) {
            if (text.endsWith(l) && (text.length() == l.length()
                    || isSeparator(text.charAt(text.length() - l.length() - 1)))) {
                return l;
            }
        }
        return null;
    }

    private static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || c == '_' || c == '.' || c == ':' || c == '-';
    }

    private static String plain(String s) {
        String p = s.strip().toLowerCase(Locale.ROOT);
        return p.startsWith("v") ? p.substring(1) : p;
    }
}
