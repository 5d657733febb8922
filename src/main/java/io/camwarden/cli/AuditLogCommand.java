package io.camwarden.cli;

import io.camwarden.auditlog.AuditLogVerifier;
import io.camwarden.auditlog.AuditLogVerifier.Verification;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** `camwarden audit-log verify`: checks the hash chain of the audit log. */
@Command(name = "audit-log", mixinStandardHelpOptions = true,
        description = "Work with the tamper-evident audit log.",
        subcommands = AuditLogCommand.Verify.class)
final class AuditLogCommand extends ParentCommand {



    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Recompute every row's hash and check the chain.",
                    "Exit code 0: intact; 1: broken (the first broken row is named)."})
    static final class Verify implements Callable<Integer> {

        @Mixin
        StorageOptions storage;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext ctx = SpringContexts.offline(storage.properties())) {
                Verification v = ctx.getBean(AuditLogVerifier.class).verify();
                if (v.intact()) {
                    System.out.printf("audit log intact: %d rows, last hash %s%n", v.rowsChecked(), v.lastHash());
                    return ExitCodes.OK;
                }
                System.out.printf("audit log BROKEN at row %d: %s%n", v.brokenSeq(), v.reason());
                System.out.printf("rows 1 to %d check out; do not trust row %d or any after it.%n",
                        v.rowsChecked(), v.brokenSeq());
                return ExitCodes.FOUND_PROBLEMS;
            }
        }
    }
}
