package io.camwarden.cli;

import io.camwarden.domain.Caller;
import io.camwarden.registry.InvalidInputException;
import io.camwarden.registry.device.DeviceImporter;
import io.camwarden.registry.device.ImportReport;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

/** `camwarden import devices FILE`: bulk import into the database of the data directory. */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Import records from files.",
        subcommands = ImportCommand.Devices.class)
final class ImportCommand extends ParentCommand {



    @Command(name = "devices", mixinStandardHelpOptions = true,
            description = {"Import devices from CSV or JSON (the format of GET /api/v1/devices/export).",
                    "Upserts by serial, else MAC, within the owner organization; valid rows are kept when others "
                            + "are rejected; importing the same file again changes nothing.",
                    "Prints the report as JSON. Exit code 0: all rows stored; 1: some rows rejected."})
    static final class Devices implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "FILE", description = "CSV (header row first) or JSON array")
        Path file;

        @Option(names = "--format", paramLabel = "csv|json", description = "Default: from the file name (.json), else csv.")
        String format;

        @Option(names = "--dry-run", description = "Check and count every row, write nothing.")
        boolean dryRun;

        @Mixin
        StorageOptions storage;

        @Override
        public Integer call() throws IOException {
            if (!Files.isReadable(file)) {
                throw new UserError("cannot read " + file + ": check the path and permissions");
            }
            DeviceImporter.Format f = format(file, format);
            long size = Files.size(file);
            try (ConfigurableApplicationContext ctx = SpringContexts.offline(storage.properties());
                 ProgressBar bar = new ProgressBar("importing " + file.getFileName(), size, "bytes");
                 InputStream in = new CountingStream(Files.newInputStream(file), bar)) {
                Caller caller = Caller.system("cli:" + System.getProperty("user.name", "unknown"));
                ImportReport report;
                try {
                    report = ctx.getBean(DeviceImporter.class).importDevices(caller, in, f, dryRun,
                            file.toAbsolutePath().toString(), n -> { });
                } catch (InvalidInputException e) {
                    throw new UserError(file + ": " + e.errors().getFirst().message());
                }
                bar.set(size);
                System.out.println(ctx.getBean(JsonMapper.class).writerWithDefaultPrettyPrinter()
                        .writeValueAsString(report));
                return report.rejectedTotal() == 0 ? ExitCodes.OK : ExitCodes.FOUND_PROBLEMS;
            }
        }

        static DeviceImporter.Format format(Path file, String format) {
            String f = format != null ? format.toLowerCase(Locale.ROOT)
                    : file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json") ? "json" : "csv";
            return switch (f) {
                case "csv" -> DeviceImporter.Format.CSV;
                case "json" -> DeviceImporter.Format.JSON;
                default -> throw new UserError("--format must be csv or json, not " + format);
            };
        }
    }

    /** Reports bytes read to the progress bar. */
    private static final class CountingStream extends FilterInputStream {
        private final ProgressBar bar;
        private long count;

        CountingStream(InputStream in, ProgressBar bar) {
            super(in);
            this.bar = bar;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                bar.set(++count);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
                bar.set(count);
            }
            return n;
        }
    }
}
