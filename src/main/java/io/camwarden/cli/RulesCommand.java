package io.camwarden.cli;

import io.camwarden.checks.RuleSetService;
import io.camwarden.domain.Caller;
import io.camwarden.domain.check.RuleSet;
import io.camwarden.registry.ConflictException;
import io.camwarden.registry.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `camwarden rules import FILE` and `camwarden rules list`: versioned check rule sets. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "The check catalogue's rule sets: adopt a new version from a file, list the versions.",
        subcommands = {RulesCommand.Import.class, RulesCommand.ListVersions.class})
final class RulesCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Adopt a rule-set file (CSV, the columns of the shipped catalogue) as the next version.",
                    "An optional column notification_windows, on GOV-04's row, sets how soon finding notices must"
                            + " be sent and acknowledged per severity (\"Critical 24 h; High 72 h; Medium 7 days\").",
                    "The whole file is checked first; any problem refuses it and each is listed with its row and"
                            + " column (exit code 2).",
                    "The new version becomes the active one unless --no-activate."})
    static final class Import implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "FILE", description = "The rule set as CSV")
        Path file;

        @Option(names = "--note", paramLabel = "TEXT", description = "Why this version, e.g. the decision adopting it.")
        String note;

        @Option(names = "--no-activate", description = "Store the version without making it active.")
        boolean noActivate;

        @Mixin
        StorageOptions storage;

        @Override
        public Integer call() throws IOException {
            if (!Files.isReadable(file)) {
                throw new UserError("cannot read " + file + ": check the path and permissions");
            }
            if (Files.size(file) > RuleSetService.MAX_FILE_BYTES) {
                throw new UserError(file + " is larger than " + RuleSetService.MAX_FILE_BYTES / (1024 * 1024)
                        + " MB: a rule set is a CSV of a few hundred checks at most");
            }
            byte[] content = Files.readAllBytes(file);
            try (ConfigurableApplicationContext ctx = SpringContexts.offline(storage.properties())) {
                Caller caller = Caller.system("cli:" + System.getProperty("user.name", "unknown"));
                RuleSet r;
                try {
                    r = ctx.getBean(RuleSetService.class).adopt(caller, content, "file " + file.getFileName(), note,
                            !noActivate);
                } catch (InvalidInputException e) {
                    System.err.println("camwarden: " + file + " is not a valid rule set; nothing was adopted:");
                    e.errors().forEach(p -> System.err.println("  " + p.field() + ": " + p.message()));
                    return ExitCodes.USAGE;
                } catch (ConflictException e) {
                    throw new UserError(e.getMessage());
                }
                System.out.printf("adopted rule set version %d: %d checks from %s (sha256 %s)%s%n", r.version(),
                        r.checkCount(), file, r.sha256(), r.active() ? ", now active" : ", not active");
                return ExitCodes.OK;
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the rule set versions, newest first.")
    static final class ListVersions implements Callable<Integer> {

        private static final java.time.format.DateTimeFormatter ADOPTED =
                java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(java.time.ZoneOffset.UTC);

        @Mixin
        StorageOptions storage;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext ctx = SpringContexts.offline(storage.properties())) {
                List<RuleSet> all = ctx.getBean(RuleSetService.class).list();
                System.out.printf("%-8s %-7s %-6s %-20s %-24s %s%n", "version", "active", "checks", "adopted", "by",
                        "origin");
                for (RuleSet r : all) {
                    System.out.printf("%-8d %-7s %-6d %-20s %-24s %s%n", r.version(), r.active() ? "yes" : "",
                            r.checkCount(), ADOPTED.format(r.adoptedAt()), r.adoptedBy(),
                            r.origin());
                }
                return ExitCodes.OK;
            }
        }
    }
}
