package io.camwarden.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.auditlog.AuditEvent;
import io.camwarden.domain.Device;
import io.camwarden.domain.DeviceChanges;
import io.camwarden.domain.DeviceKind;
import io.camwarden.domain.Language;
import io.camwarden.domain.OrganizationKind;
import io.camwarden.domain.Role;
import io.camwarden.domain.check.FindingNotice;
import io.camwarden.domain.check.FindingStatus;
import io.camwarden.domain.check.Severity;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The console speaks three languages completely: the same keys in every bundle, each translated (not a
 * copy of the English), the same placeholders, every key the templates use present, and no user-facing
 * words written into the templates themselves.
 */
class MessageBundlesTest {

    static final Path I18N = Path.of("src/main/resources/i18n");
    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final Map<String, String> BUNDLES = Map.of("vi", "messages.properties", "fa", "messages_fa.properties",
            "en", "messages_en.properties");
    /** Words Vietnamese writes as English does. */
    private static final Set<String> LOANWORDS = Set.of("app.name", "kind.CAMERA", "device.field.model",
            "device.field.firmware");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[^}]*}");

    @Test
    void everyBundleHasTheSameKeysAndNoEmptyMessage() throws IOException {
        Map<String, Properties> bundles = bundles();
        Set<String> all = new TreeSet<>();
        bundles.values().forEach(p -> all.addAll(p.stringPropertyNames()));
        for (var b : bundles.entrySet()) {
            Set<String> missing = new TreeSet<>(all);
            missing.removeAll(b.getValue().stringPropertyNames());
            assertThat(missing).as("keys missing from the %s bundle", b.getKey()).isEmpty();
            b.getValue().forEach((k, v) -> assertThat(v.toString()).as("%s in %s", k, b.getKey()).isNotBlank());
        }
        assertThat(all).hasSizeGreaterThan(300);
    }

    @Test
    void messagesAreTranslatedNotCopied() throws IOException {
        Map<String, Properties> b = bundles();
        Pattern persianScript = Pattern.compile("[\\u0600-\\u06FF]");
        Pattern vietnameseLetter = Pattern.compile("[ăâđêôơưàáạảãèéẹẻẽìíịỉĩòóọỏõùúụủũỳýỵỷỹĂÂĐÊÔƠƯ]", Pattern.CASE_INSENSITIVE);
        int persian = 0;
        int vietnamese = 0;
        List<String> sameAsEnglish = new ArrayList<>();
        for (String key : b.get("en").stringPropertyNames()) {
            String en = b.get("en").getProperty(key);
            if (persianScript.matcher(b.get("fa").getProperty(key)).find()) {
                persian++;
            }
            if (vietnameseLetter.matcher(b.get("vi").getProperty(key)).find()) {
                vietnamese++;
            }
            if (en.equals(b.get("vi").getProperty(key)) && en.matches(".*[a-z]{4,}.*") && !LOANWORDS.contains(key)
                    && !key.startsWith("language.")) {
                sameAsEnglish.add(key);
            }
        }
        int n = b.get("en").size();
        assertThat(persian).as("messages written in Persian script").isGreaterThan(n * 9 / 10);
        assertThat(vietnamese).as("messages with Vietnamese letters").isGreaterThan(n * 3 / 4);
        assertThat(sameAsEnglish).as("Vietnamese messages identical to English").isEmpty();
    }

    @Test
    void placeholdersAgreeAndApostrophesSurviveMessageFormat() throws IOException {
        Map<String, Properties> b = bundles();
        for (String key : b.get("en").stringPropertyNames()) {
            Set<String> expected = arguments(b.get("en").getProperty(key));
            for (var e : b.entrySet()) {
                String message = e.getValue().getProperty(key);
                assertThat(arguments(message)).as("placeholders of %s in %s", key, e.getKey()).isEqualTo(expected);
                // With arguments, MessageFormat reads a lone ' as a quote and drops it; without, '' stays doubled.
                if (expected.isEmpty()) {
                    assertThat(message).as("%s in %s has no arguments: write ' once", key, e.getKey()).doesNotContain("''");
                } else {
                    assertThat(message.replace("''", "")).as("%s in %s has arguments: write '' for '", key, e.getKey())
                            .doesNotContain("'");
                }
            }
        }
    }

    @Test
    void everyKeyTheTemplatesUseExists() throws IOException {
        Properties vi = bundles().get("vi");
        Pattern literalKey = Pattern.compile("#\\{([A-Za-z][\\w.]*)");
        Map<String, String> missing = new TreeMap<>();
        for (Path t : templates()) {
            Matcher m = literalKey.matcher(Files.readString(t));
            while (m.find()) {
                if (!vi.containsKey(m.group(1))) {
                    missing.put(m.group(1), TEMPLATES.relativize(t).toString());
                }
            }
        }
        assertThat(missing).as("keys used in templates but missing from the bundles").isEmpty();
    }

    /** Keys the templates build from values (kind.CAMERA, role.POLICE, device.field.vendor, ...). */
    @Test
    void everyKeyBuiltFromAValueExists() throws IOException {
        Properties vi = bundles().get("vi");
        List<String> keys = new ArrayList<>();
        Stream.of(DeviceKind.values()).forEach(k -> keys.add("kind." + k.name()));
        Stream.of(OrganizationKind.values()).forEach(k -> keys.add("orgkind." + k.name()));
        Stream.of(Role.values()).forEach(r -> keys.add("role." + r.name()));
        Stream.of(Language.values()).forEach(l -> keys.add("language." + l.code()));
        Stream.of(AuditEvent.Outcome.values()).forEach(o -> keys.add("audit.outcome." + o.name()));
        Stream.of(Severity.values()).forEach(v -> keys.add("notice.severity." + v.name()));
        Stream.of(FindingStatus.values()).forEach(v -> keys.add("finding.status." + v.name()));
        Stream.of(FindingNotice.Status.values()).forEach(v -> keys.add("finding.notice.status." + v.name()));
        deviceHistoryFields().forEach(f -> keys.add("device.field." + f));
        for (String status : List.of("400", "403", "404", "405", "409", "413")) {
            keys.add("error." + status);
            keys.add("error." + status + ".help");
        }
        for (String kind : List.of("organization", "site", "system", "firmware", "vendor")) {
            keys.add("delete." + kind + ".title");
            keys.add("delete." + kind + ".question");
        }
        List.of("scope.everything", "scope.districts", "scope.organization", "scope.subscribers").forEach(keys::add);
        keys.addAll(ServiceMessages.keys());
        assertThat(keys.stream().filter(k -> !vi.containsKey(k)).toList()).isEmpty();
    }

    @Test
    void templatesHoldNoUserFacingWordsOfTheirOwn() throws IOException {
        Pattern comment = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
        Pattern tag = Pattern.compile("<(?:[^\"'>]|\"[^\"]*\"|'[^']*')*>"); // quoted values may hold '>'
        Pattern attribute = Pattern.compile("\\s(placeholder|title|alt|aria-label|label)=\"([^\"]*)\"");
        List<String> found = new ArrayList<>();
        for (Path t : templates()) {
            String html = comment.matcher(Files.readString(t)).replaceAll("");
            Matcher m = tag.matcher(html);
            int textStart = 0;
            while (m.find()) {
                String between = html.substring(textStart, m.start());
                if (between.codePoints().anyMatch(Character::isLetter)) {
                    found.add(TEMPLATES.relativize(t) + ": text '" + between.strip() + "'");
                }
                Matcher a = attribute.matcher(m.group());
                while (a.find()) {
                    if (a.group(2).codePoints().anyMatch(Character::isLetter)) {
                        found.add(TEMPLATES.relativize(t) + ": " + a.group(1) + "='" + a.group(2) + "'");
                    }
                }
                textStart = m.end();
            }
        }
        assertThat(found).as("words in templates: put them in the bundles").isEmpty();
    }

    /** Field names history records, found by changing every field of a device. */
    static Set<String> deviceHistoryFields() {
        Device a = new Device(1L, DeviceKind.CAMERA, "a", "a", "a", "a", "a", "aa:aa:aa:aa:aa:aa", List.of("10.0.0.1"),
                List.of(80), 1L, 1L, 1L, 1L, LocalDate.of(2020, 1, 1), LocalDate.of(2030, 1, 1), "a", "a", "a",
                List.of("a"), "a", Instant.EPOCH, Instant.EPOCH, 1);
        Device b = new Device(1L, DeviceKind.NVR, "b", "b", "b", "b", "b", "bb:bb:bb:bb:bb:bb", List.of("10.0.0.2"),
                List.of(81), 2L, 2L, 2L, 2L, LocalDate.of(2021, 1, 1), LocalDate.of(2031, 1, 1), "b", "b", "b",
                List.of("b"), "b", Instant.EPOCH, Instant.EPOCH, 1);
        Set<String> fields = new TreeSet<>();
        DeviceChanges.between(a, b).forEach(c -> fields.add(c.field()));
        assertThat(fields).hasSize(20);
        return fields;
    }

    private static Set<String> arguments(String message) {
        Set<String> args = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(message);
        while (m.find()) {
            args.add(m.group(1));
        }
        return args;
    }

    static Map<String, Properties> bundles() throws IOException {
        Map<String, Properties> bundles = new TreeMap<>();
        for (var e : BUNDLES.entrySet()) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(I18N.resolve(e.getValue()), StandardCharsets.UTF_8)) {
                p.load(r);
            }
            bundles.put(e.getKey(), p);
        }
        return bundles;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }
}
