package io.camwarden.cli;

import io.camwarden.domain.net.IpAddresses;
import io.camwarden.domain.scan.Identity;
import io.camwarden.domain.scan.IdentityField;
import io.camwarden.domain.vuln.Exposure;
import io.camwarden.domain.vuln.VulnerabilityMatch;
import io.camwarden.vuln.match.MatchReport;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;
import us.springett.parsers.cpe.CpeParser;
import us.springett.parsers.cpe.exceptions.CpeParsingException;

/** `camwarden match`: which CVEs apply to one device, with the reasons, from vulnerability data files. */
@Command(name = "match", mixinStandardHelpOptions = true,
        description = {"Match one device against vulnerability data: every CVE that names its vendor and model, as"
                + " AFFECTED, NOT_AFFECTED or UNKNOWN (the data or the identity cannot decide), with the NVD"
                + " configuration or advisory that decided it, KEV, EPSS, CVSS and a priority from 0 to 100.",
                "Writes one JSON object per CVE (JSON Lines), highest priority first."},
        footer = {"", "Examples:",
                "  camwarden match --vendor Hikvision --model DS-2CD2432F-IW --firmware 'V5.4.0 build 160401' \\",
                "      --nvd nvdcve-2.0-2017.json.gz --kev known_exploited_vulnerabilities.json --epss epss_scores.csv",
                "  camwarden match --cpe cpe:2.3:o:dlink:dcs-930l_firmware:1.04:*:*:*:*:*:*:* --nvd nvd/",
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
            + " directory of them (whole feeds or one CVE per file). Repeatable.")
    List<Path> nvd = new ArrayList<>();

    @Option(names = "--kev", paramLabel = "FILE", description = "CISA KEV catalog (known_exploited_vulnerabilities.json).")
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

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write results here instead of standard output.")
    Path out;

    @Override
    public Integer call() throws IOException {
        Identity identity = identity();
        Exposure exposure = exposure();
        if (nvd.isEmpty() && advisories.isEmpty()) {
            throw new UserError("no vulnerability data given: pass --nvd FILE|DIR (NVD CVE API 2.0 JSON, .json.gz or a"
                    + " directory of them), and --kev, --epss and --advisories as you have them. (Reading the bundles"
                    + " imported into the data directory is not part of `match` yet.)");
        }
        MatchData data = MatchData.load(nvd, kev, epss, advisories);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<Map<String, Object>> lines = new ArrayList<>();
        for (VulnerabilityMatch m : data.index.match(identity)) {
            lines.add(MatchReport.line(m, data.index.vulnerability(m.cve()).orElse(null), data.kev.get(m.cve()),
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
