package io.camwarden.cli;

import io.camwarden.domain.net.IpAddresses;
import io.camwarden.domain.scan.Identity;
import io.camwarden.domain.scan.IdentityField;
import io.camwarden.domain.vuln.Exposure;
import io.camwarden.domain.vuln.VulnerabilityMatch;
import io.camwarden.vuln.match.MatchReport;
import io.camwarden.vuln.store.VulnerabilityData;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;
import us.springett.parsers.cpe.CpeParser;
import us.springett.parsers.cpe.exceptions.CpeParsingException;

/**
 * `camwarden match`: which CVEs apply to one device, with the reasons, from the vulnerability data imported
 * into the data directory, or from vulnerability data files.
 */
@Command(name = "match", mixinStandardHelpOptions = true,
        description = {"Match one device against vulnerability data: every CVE that names its vendor and model, as"
                + " AFFECTED, NOT_AFFECTED or UNKNOWN (the data or the identity cannot decide), with the NVD"
                + " configuration or advisory that decided it, KEV, EPSS, CVSS and a priority from 0 to 100.",
                "Without --nvd and --advisories it reads the data imported from signed bundles into the database"
                        + " of the data directory (`camwarden bundle import`); --kev and --epss files then stand in"
                        + " for the imported KEV and EPSS data.",
                "Writes one JSON object per CVE (JSON Lines), highest priority first."},
        footer = {"", "Examples:",
                "  camwarden match --vendor Hikvision --model DS-2CD2432F-IW --firmware 'V5.4.0 build 160401' \\",
                "      --nvd nvdcve-2.0-2017.json.gz --kev known_exploited_vulnerabilities.json --epss epss_scores.csv",
                "  camwarden match --cpe cpe:2.3:o:dlink:dcs-930l_firmware:1.04:*:*:*:*:*:*:* --nvd nvd/",
                "  camwarden match --vendor Dahua --model IPC-HFW2431S --firmware 2.800.0000000.16.R   (imported bundles)",
                "", "Rules and the priority formula: docs/vulnerabilities.md."})
final class MatchCommand implements Callable<Integer> {

    @Option(names = "--cpe", paramLabel = "CPE", description = "The device as a CPE 2.3 name (its version is the"
            + " firmware, or for a hardware CPE the hardware version).")
    String cpe;

    @Option(names = "--vendor", paramLabel = "V", description = "Vendor, as the device or its papers name it.")
    String vendor;

    @Option(names = "--model", paramLabel = "M", description = "Model, e.g. DS-2CD2032-I.")
    String model;

    @Option(names = "--firmware", paramLabel = "F", description = "Firmware version, e.g. 'V5.4.5 build 170124'.")
    String firmware;

    @Option(names = "--hardware", paramLabel = "H", description = "Hardware version (revision), when known.")
    String hardware;

    @Option(names = "--nvd", paramLabel = "FILE|DIR", description = "NVD CVE API 2.0 JSON: a file, .json.gz, or a"
            + " directory of them (whole feeds or one CVE per file); CVE JSON 5 records (.json, .jsonl) too, NVD's"
            + " analysis first where both describe a CVE. Repeatable.")
    List<Path> nvd = new ArrayList<>();

    @Option(names = "--kev", paramLabel = "FILE", description = "CISA KEV catalog (known_exploited_vulnerabilities.json or .csv).")
    Path kev;

    @Option(names = "--epss", paramLabel = "FILE", description = "FIRST EPSS scores (CSV: cve,epss,percentile).")
    Path epss;

    @Option(names = "--advisories", paramLabel = "FILE", description = "CamWarden vendor advisories (CSV). Repeatable.")
    List<Path> advisories = new ArrayList<>();

    @Option(names = "--address", paramLabel = "IP", description = "The device's address: a public one counts as"
            + " internet-reachable in the priority.")
    String address;

    @Option(names = "--internet-reachable", description = "The device is reachable from the internet (e.g. a port"
            + " forward), whatever its address.")
    boolean internetReachable;

    @Option(names = "--service-open", description = "The vulnerable service's port was found open.")
    boolean serviceOpen;

    @Mixin
    StorageOptions storage = new StorageOptions();

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write results here instead of standard output.")
    Path out;

    @Override
    public Integer call() throws IOException {
        Identity identity = identity();
        Exposure exposure = exposure();
        MatchData data = nvd.isEmpty() && advisories.isEmpty() ? imported()
                : MatchData.load(nvd, kev, epss, advisories);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<Map<String, Object>> lines = new ArrayList<>();
        for (VulnerabilityMatch m : data.index.match(identity)) {
            lines.add(MatchReport.line(m, data.index.cvss(m.cve()), data.kev.get(m.cve()),
                    data.epss.get(m.cve()), exposure, today));
        }
        lines.sort(Comparator.comparing((Map<String, Object> l) -> (Integer) l.get("priority")).reversed());
        JsonMapper json = JsonMapper.builder().build();
        try (JsonLines output = new JsonLines(out, json)) {
            lines.forEach(output::write);
        }
        long affected = lines.stream().filter(l -> "AFFECTED".equals(l.get("result"))).count();
        long unknown = lines.stream().filter(l -> "UNKNOWN".equals(l.get("result"))).count();
        System.err.printf("%d CVEs of %d name this device: %d affected, %d unknown, %d not affected%s%n", lines.size(),
                data.index.size(), affected, unknown, lines.size() - affected - unknown,
                out == null ? "" : "; written to " + out);
        return ExitCodes.OK;
    }

    /**
     * The data imported from bundles into the database of the data directory (--data-dir, --db-url). Spring's
     * console logging goes to standard error meanwhile: standard output carries only the JSON lines.
     */
    private MatchData imported() {
        PrintStream stdout = System.out;
        System.setOut(System.err);
        var properties = storage.properties();
        properties.put("logging.level.org.flywaydb", "ERROR"); // schema notes are no news to someone matching
        try (ConfigurableApplicationContext ctx = SpringContexts.offline(properties)) {
            VulnerabilityData stored = ctx.getBean(VulnerabilityData.class);
            if (stored.vulnerabilityCount() == 0 && stored.advisories().isEmpty()) {
                throw new UserError("no vulnerability data has been imported into "
                        + ctx.getEnvironment().getProperty("camwarden.data-dir", "the data directory")
                        + (storage.dbUrl == null ? "" : " (" + storage.dbUrl + ")")
                        + ": import a signed bundle with `camwarden bundle import FILE`, or give the files with"
                        + " --nvd FILE|DIR (and --kev, --epss, --advisories)");
            }
            System.err.printf("camwarden: matching against the data imported from bundles (%d CVE records, last"
                    + " changed %s)%n", stored.vulnerabilityCount(), stored.lastChanged().map(Object::toString)
                    .orElse("never"));
            return MatchData.fromStore(stored, kev, epss);
        } finally {
            System.setOut(stdout);
        }
    }

    private Identity identity() {
        if (cpe == null && vendor == null) {
            throw new UserError("say which device: --cpe CPE, or --vendor V --model M [--firmware F] [--hardware H]");
        }
        if (cpe != null) {
            try {
                if (!cpe.startsWith("cpe:2.3:")) {
                    throw new CpeParsingException("not a CPE 2.3 formatted string");
                }
                CpeParser.parse(cpe);
            } catch (CpeParsingException e) {
                throw new UserError("'" + cpe + "' is not a CPE 2.3 name: write it as cpe:2.3:PART:VENDOR:PRODUCT:VERSION"
                        + ":*:*:*:*:*:*:*, e.g. cpe:2.3:o:hikvision:ds-2cd2032-i_firmware:5.4.0:*:*:*:*:*:*:*");
            }
        }
        if (vendor != null && model == null) {
            System.err.println("camwarden: no --model: every CVE of the vendor will be UNKNOWN; give --model to decide");
        }
        return new Identity(field(vendor), field(model), field(firmware), field(hardware), null, null, cpe);
    }

    private static IdentityField field(String value) {
        return value == null || value.isBlank() ? null : new IdentityField(value.strip(), 1.0, "command line");
    }

    private Exposure exposure() {
        boolean reachable = internetReachable;
        if (address != null) {
            try {
                reachable |= Exposure.isPublic(IpAddresses.parse(address));
            } catch (IllegalArgumentException e) {
                throw new UserError("--address '" + address + "' is not an IP address: give the device's IPv4 or IPv6"
                        + " address, e.g. 10.20.0.15");
            }
        }
        return new Exposure(reachable, serviceOpen);
    }
}
