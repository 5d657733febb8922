package io.camwarden.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The domain core depends on nothing but the JDK; everything else may depend on it. */
@AnalyzeClasses(packages = "io.camwarden", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainPurityTest {

    @ArchTest
    static final ArchRule domainUsesOnlyTheJdk = classes().that().resideInAPackage("io.camwarden.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("io.camwarden.domain..", "java..")
            .because("the domain core is records and pure logic: no Spring, no I/O libraries");

    @ArchTest
    static final ArchRule domainDoesNoIo = noClasses().that().resideInAPackage("io.camwarden.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "java.net.http..",
                    "java.sql..", "java.nio.channels..")
            .because("the domain core does no I/O");
}
