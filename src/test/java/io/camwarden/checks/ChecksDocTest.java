package io.camwarden.checks;

import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.domain.check.Catalogue;
import io.camwarden.domain.check.Check;
import io.camwarden.identity.VendorNames;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * docs/checks.md is what CheckDocs writes from the shipped catalogue and the code; every catalogue check is
 * either decided by a unit or covered by a Coverage entry, never both, never neither.
 */
class ChecksDocTest {

    static final Path DOC = Path.of("docs/checks.md");
    final CheckUnits units = CheckUnits.standard(VendorNames.bundled());
    final Catalogue shipped = RuleSetParser.parse(new StringReader(new String(RuleSetService.shippedFile(),
            StandardCharsets.UTF_8)), 1);

    @Test
    void everyCheckIsDecidedByAUnitOrCoveredOneWay() {
        Set<String> ids = shipped.checks().stream().map(Check::id).collect(Collectors.toCollection(TreeSet::new));
        Set<String> unitIds = units.all().keySet();
        Set<String> coverageIds = Coverage.all().keySet();
        assertThat(unitIds).as("units for checks not in the catalogue").isSubsetOf(ids);
        assertThat(coverageIds).as("coverage for checks not in the catalogue").isSubsetOf(ids);
        assertThat(coverageIds).as("a check with a unit needs no coverage entry").doesNotContainAnyElementsOf(unitIds);
        Set<String> covered = new TreeSet<>(unitIds);
        covered.addAll(coverageIds);
        assertThat(covered).as("every check is decided or covered").isEqualTo(ids);
        for (String id : ids) {
            Implementation impl = units.implementation(id);
            assertThat(impl.status()).as(id).isNotEqualTo(Implementation.Status.UNKNOWN);
            if (impl.status() == Implementation.Status.NOT_OBSERVABLE || impl.status() == Implementation.Status.COLLECTED) {
                assertThat(impl.how()).as(id + " says why it cannot be observed").isNotBlank();
                assertThat(impl.collectedBy()).as(id + " says how it is collected instead").isNotBlank();
            }
            if (impl.status() == Implementation.Status.NOT_OBSERVABLE) {
                assertThat(impl.collectedBy()).as(id + ": a collection method that exists has a unit")
                        .containsIgnoringCase("not built");
            }
        }
        assertThat(units.implementation("INV-01").status()).isEqualTo(Implementation.Status.IMPLEMENTED);
        assertThat(units.implementation("FW-01").status()).isEqualTo(Implementation.Status.IMPLEMENTED);
        assertThat(units.implementation("INV-05").status()).isEqualTo(Implementation.Status.IMPLEMENTED);
        for (String collected : List.of("AUTH-07", "AUTH-10", "NET-01", "NET-03", "NET-06", "NET-07", "NET-08", "FW-04", "FW-05",
                "CFG-02", "CFG-03", "CFG-05", "CFG-06", "CFG-07", "DAT-01", "DAT-02", "DAT-03", "DAT-04", "GOV-03", "GOV-04", "GOV-05")) {
            assertThat(units.implementation(collected).status()).as(collected).isEqualTo(Implementation.Status.COLLECTED);
        }
    }

    @Test
    void everyQuestionnaireCheckIsInTheCatalogueAndDecidedByTheQuestionnaire() {
        var questionnaire = io.camwarden.questionnaire.QuestionnaireFile.shipped();
        Set<String> ids = shipped.checks().stream().map(Check::id).collect(Collectors.toSet());
        assertThat(questionnaire.checkIds()).isSubsetOf(ids).contains("AUTH-07", "AUTH-10", "NET-03", "NET-08",
                "FW-05", "CFG-02", "CFG-03", "CFG-05", "CFG-06", "CFG-07", "DAT-01", "DAT-02", "DAT-04", "GOV-03");
        for (String id : questionnaire.checkIds()) {
            assertThat(units.unit(id)).as(id).get().isInstanceOf(io.camwarden.checks.registry.QuestionnaireCheck.class);
            assertThat(units.implementation(id).collectedBy()).as(id).contains("questionnaire", id + ".1");
        }
    }

    @Test
    void docsChecksMdIsCurrent() throws IOException {
        String expected = CheckDocs.render(shipped, units);
        if (Boolean.getBoolean("camwarden.write-docs")) {
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(DOC)).as(DOC + " exists; create it with -Dcamwarden.write-docs=true").isTrue();
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
                .as(DOC + " is stale: regenerate it with ./mvnw -q test -Dtest=ChecksDocTest -Dcamwarden.write-docs=true")
                .isEqualTo(expected);
        for (Check c : shipped.checks()) {
            assertThat(expected).contains("### " + c.id() + "\n");
        }
    }
}
