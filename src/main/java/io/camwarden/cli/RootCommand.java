package io.camwarden.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** `camwarden`: the one jar, with a subcommand per job. */
@Command(name = "camwarden",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Registry, auditor and compliance workflow for camera fleets. Runs fully offline.",
        subcommands = {
                ServeCommand.class,
                ImportCommand.class,
                ScanCommand.class,
                AuditCommand.class,
                AuditLogCommand.class,
                OnvifCommand.class,
                BundleCommand.class,
                MatchCommand.class,
                RulesCommand.class,
                CommandLine.HelpCommand.class
        })
public final class RootCommand extends ParentCommand {



    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new RootCommand());
        cl.setExecutionExceptionHandler(new FriendlyErrors());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }
}
