package io.camwarden.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.camwarden.domain.check.Catalogue;
import io.camwarden.domain.check.Check;
import io.camwarden.domain.check.NotificationWindows;
import io.camwarden.domain.check.Severity;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped catalogue, and every way a rule-set file can be wrong, named by row and column. */
class RuleSetParserTest {

    static final String HEADER = String.join(",", RuleSetParser.COLUMNS);

    static String row(String id, String severity, String minLevel) {
        return id + ",Inventory,Title of " + id + ",observe,pass," + severity + "," + minLevel + ",D724,ND85,5.1-1,—,test";
    }

    private static List<RuleSetProblem> problems(String csv) {
        return catchThrowableOfType(RuleSetFileException.class, () -> RuleSetParser.parse(new StringReader(csv), 2))
                .problems();
    }

    @Test
    void shippedCatalogueIsTheSharedFileAndParsesToFiftyChecks() throws IOException {
        byte[] shipped = RuleSetService.shippedFile();
        Path shared = Path.of(System.getProperty("camwarden.shared", "../shared"), "data/criteria/checks.csv");
        assertThat(shipped).as("src/main/resources/" + RuleSetService.SHIPPED + " is a copy of " + shared)
                .isEqualTo(Files.readAllBytes(shared));
        Catalogue c = RuleSetParser.parse(new StringReader(new String(shipped, StandardCharsets.UTF_8)), 1);
        assertThat(c.checks()).hasSize(50);
        assertThat(c.checks().stream().map(Check::id).distinct()).hasSize(50);
        Check inv05 = c.find("INV-05").orElseThrow();
        assertThat(inv05.minLevel().level()).isEqualTo(1);
        assertThat(inv05.minLevel().basis()).startsWith("policy-driven");
        assertThat(inv05.mappings().otherRefs()).contains("NDAA");
        assertThat(inv05.source()).contains("shared/docs/criteria.md");
        Check auth10 = c.find("AUTH-10").orElseThrow();
        assertThat(auth10.severity().at(2)).isEqualTo(Severity.MEDIUM);
        assertThat(auth10.severity().at(3)).isEqualTo(Severity.HIGH);
        assertThat(auth10.minLevel().alternatives()).hasSize(1);
        assertThat(c.find("GOV-03").orElseThrow().minLevel().level()).isEqualTo(3);
        assertThat(c.find("CFG-02").orElseThrow().severity().at(3)).isEqualTo(Severity.HIGH);
    }

    @Test
    void gov04sRowMayCarryNotificationWindowsAndNoOtherRowMay() {
        String header = HEADER + "," + RuleSetParser.NOTIFICATION_WINDOWS;
        Catalogue c = RuleSetParser.parse(new StringReader(header + "\n" + row("INV-02", "High", "1") + ",\n"
                + row("GOV-04", "Medium (High for Critical findings)", "1") + ",\"Critical 12 h; Medium 2 days\"\n"), 2);
        NotificationWindows w = c.notificationWindows();
        assertThat(w.of(Severity.CRITICAL)).isEqualTo(Duration.ofHours(12));
        assertThat(w.of(Severity.MEDIUM)).isEqualTo(Duration.ofDays(2));
        assertThat(w.of(Severity.HIGH)).as("left out: the default").isEqualTo(Duration.ofHours(72));
        assertThat(w.fromRuleSet()).containsExactlyInAnyOrder(Severity.CRITICAL, Severity.MEDIUM);
        assertThat(w.source()).isEqualTo("the rule set's notification_windows; CamWarden's defaults for High, Low");
        assertThat(c.find("INV-02").orElseThrow().notificationWindows()).isNull();

        Catalogue without = RuleSetParser.parse(new StringReader(HEADER + "\n" + row("GOV-04", "Medium", "1") + "\n"), 3);
        assertThat(without.notificationWindows()).isEqualTo(NotificationWindows.DEFAULTS);

        List<RuleSetProblem> p = problems(header + "\n" + row("INV-02", "High", "1") + ",High 3 days\n"
                + row("GOV-04", "Medium", "1") + ",\"Critical soon\"\n" + row("GOV-05", "High", "1") + ",\n");
        assertThat(p).hasSize(2);
        assertThat(p.get(0).where()).isEqualTo("row 1 (line 2), column notification_windows");
        assertThat(p.get(0).message()).startsWith("only GOV-04 (finding notification) has notification windows");
        assertThat(p.get(1).where()).isEqualTo("row 2 (line 3), column notification_windows");
        assertThat(p.get(1).message()).contains("'Critical soon' is not a notification window");
    }

    @Test
    void byteOrderMarkAndQuotedCommasAreFine() {
        String csv = "\uFEFF" + HEADER + "\n" + row("INV-02", "High", "1") + "\n"
                + "X-01,Other,\"A title, with a comma\",o,p,\"High (L3+) / Medium (L1-2)\",2,,,,,\n";
        Catalogue c = RuleSetParser.parse(new StringReader(csv), 7);
        assertThat(c.version()).isEqualTo(7);
        assertThat(c.checks()).extracting(Check::id).containsExactly("INV-02", "X-01");
        assertThat(c.find("X-01").orElseThrow().title()).isEqualTo("A title, with a comma");
        assertThat(c.find("X-01").orElseThrow().mappings().etsiEn303645()).isNull();
    }

    @Test
    void everyBadCellIsNamedByRowLineAndColumn() {
        String csv = HEADER + "\n"
                + row("INV-02", "Hihg", "1") + "\n"
                + row("inv 3", "High", "7") + "\n"
                + row("INV-02", "Low", "1") + "\n"
                + "INV-09,,,o,p,High,1,,,,,\n";
        List<RuleSetProblem> p = problems(csv);
        assertThat(p).extracting(RuleSetProblem::toString).containsExactly(
                "row 1 (line 2), column severity: 'Hihg' in 'Hihg' is not a severity: use Critical, High, Medium or Low,"
                        + " optionally followed by levels in parentheses, e.g. 'High (L3+) / Medium (L1-2)'",
                "row 2 (line 3), column check_id: 'inv 3' is not a check ID: use capital letters, a hyphen and a number,"
                        + " e.g. INV-05",
                "row 2 (line 3), column min_level: '7' in '7' is not a security level: use 1 to 5, optionally with a"
                        + " basis in parentheses, e.g. '1 (TCVN14423) / 3 (TCVN11930)'",
                "row 3 (line 4), column check_id: INV-02 is already defined in row 1: each check appears once",
                "row 4 (line 5), column domain: is empty: every check needs a domain",
                "row 4 (line 5), column title: is empty: every check needs a title");
    }

    @Test
    void headerProblemsStopBeforeTheRows() {
        List<RuleSetProblem> p = problems(HEADER.replace("min_level", "min-level") + "\n" + row("A-01", "High", "1"));
        assertThat(p).extracting(RuleSetProblem::toString).containsExactly(
                "header (line 1), column min-level: unknown column: a rule set has the columns " + HEADER
                        + ", and may add notification_windows",
                "header (line 1): missing column min_level: a rule set has the columns " + HEADER
                        + ", and may add notification_windows");
        assertThat(problems("").getFirst().message()).startsWith("the file is empty");
        assertThat(problems(HEADER + "\n").getFirst().message()).isEqualTo("the file has a header but no checks");
        assertThat(problems(HEADER + ",title\n").getFirst().toString())
                .isEqualTo("header (line 1), column title: appears twice: each column appears once");
    }

    @Test
    void rowsOfTheWrongWidthAndUnclosedQuotes() {
        List<RuleSetProblem> p = problems(HEADER + "\nA-01,Inventory,Title,o,p,High\n");
        assertThat(p.getFirst().where()).isEqualTo("row 1 (line 2)");
        assertThat(p.getFirst().message()).contains("has 6 cells, the header has 12");

        List<RuleSetProblem> q = problems(HEADER + "\n" + row("A-01", "High", "1") + "\nA-02,\"Inventory,T,o\n");
        assertThat(q).hasSize(1);
        assertThat(q.getFirst().row()).isEqualTo(2);
        assertThat(q.getFirst().message()).contains("unclosed quote");
    }
}
