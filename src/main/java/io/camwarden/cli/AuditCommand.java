package io.camwarden.cli;

import io.camwarden.checks.CheckSubject;
import io.camwarden.checks.CheckUnit;
import io.camwarden.checks.Decision;
import io.camwarden.checks.RuleSetParser;
import io.camwarden.checks.RuleSetService;
import io.camwarden.checks.credential.CredentialAuditor;
import io.camwarden.checks.network.LiveEvidence;
import io.camwarden.checks.network.LiveProbe;
import io.camwarden.checks.network.NetworkChecks;
import io.camwarden.domain.check.Catalogue;
import io.camwarden.domain.check.Check;
import io.camwarden.domain.check.Outcome;
import io.camwarden.domain.scan.HostReport;
import io.camwarden.identity.Identifier;
import io.camwarden.scan.ScanJson;
import io.camwarden.scan.ScanListener;
import io.camwarden.scan.ScanOptions;
import io.camwarden.scan.Scanner;
import io.camwarden.target.TargetList;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/**
 * `camwarden audit TARGETS`: scan, run the live network tests and decide the network checks of the shipped
 * rule set; one JSON object per check result. With --server the evidence goes to a running CamWarden, which
 * decides every check with the registry's knowledge of each device (its level, its records) and keeps findings.
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Audit cameras over the network: the scan of `camwarden scan`, then the live tests (streams,"
                + " snapshots and ONVIF without credentials, HTTPS, UPnP, the credential audit) and the network checks"
                + " of the catalogue (AUTH-01..05/08/09, NET-02/04/05, CRY-01..04, CFG-01/04; AUTH-08 and CFG-04 read ONVIF with the owner's --credentials).",
                "Writes one JSON object per check result (JSON Lines). Exit code 1 when a check failed.",
                "The credential audit is safe by design: at most --budget attempts per device at --attempts-per-second,"
                        + " stopping at the first success or sign of lock-out; never a write. Audit only devices you are"
                        + " authorised to test."})
final class AuditCommand implements Callable<Integer> {

    /**
     * Ports the audit adds to the camera set: the remote-access services check NET-04 looks for, and RTSP over
     * TLS (322), which CRY-04 counts as encrypted video.
     */
    static final List<Integer> EXPOSURE_PORTS = List.of(21, 22, 23, 2323, 9527, 322);

    @Mixin
    ScanTargetOptions scan;

    @Option(names = "--no-credential-audit", description = "Do not try default or weak credentials.")
    boolean noCredentialAudit;

    @Option(names = "--budget", paramLabel = "N", defaultValue = "6",
            description = "Credential attempts per device at most (default ${DEFAULT-VALUE}).")
    int budget;

    @Option(names = "--attempts-per-second", paramLabel = "R", defaultValue = "1",
            description = "Credential attempts per second per device (default ${DEFAULT-VALUE}).")
    double attemptsPerSecond;

    @Option(names = "--failures-only", description = "Write only FAIL results.")
    boolean failuresOnly;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write results here instead of standard output.")
    Path out;

    @Mixin
    ServerOptions server;

    @Override
    public Integer call() throws IOException, InterruptedException {
        TargetList list = scan.targetList(List.of());
        ScanOptions options = scan.scanOptions(EXPOSURE_PORTS);
        LiveProbe.Options live = LiveProbe.Options.defaults()
                .withBudget(new CredentialAuditor.Options(budget, attemptsPerSecond));
        if (noCredentialAudit) {
            live = live.withoutCredentialAudit();
        }
        live = live.withOwnerCredentials(options.credentials());
        Catalogue catalogue = shippedCatalogue();
        Map<String, CheckUnit> units = new LinkedHashMap<>();
        NetworkChecks.all().forEach(u -> units.put(u.checkId(), u));
        JsonMapper json = JsonMapper.builder().build();
        Path upload = null;
        if (server.given()) {
            upload = Files.createTempFile("camwarden-audit-", ".jsonl",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            upload.toFile().deleteOnExit();
        }
        AtomicInteger hosts = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        long total = list.size().min(BigInteger.valueOf(Long.MAX_VALUE)).longValue();
        long started = System.nanoTime();
        Clock clock = Clock.systemUTC();
        try (JsonLines results = new JsonLines(out, json);
             JsonLines evidence = upload == null ? null : new JsonLines(upload, json);
             ProgressBar bar = new ProgressBar("auditing", total, "hosts");
             Scanner scanner = new Scanner(options, Identifier.bundled(), clock);
             LiveProbe probe = new LiveProbe(live, clock)) {
            scanner.scan(list, new ScanListener() {
                @Override
                public void host(HostReport host) {
                    hosts.incrementAndGet();
                    LiveEvidence found = probe.probe(host);
                    if (evidence != null) {
                        evidence.write(Map.of("host", ScanJson.toMap(host), "live", found));
                    }
                    for (Check c : catalogue.checks()) {
                        CheckUnit unit = units.get(c.id());
                        if (unit == null) {
                            continue;
                        }
                        Decision d = unit.decide(CheckSubject.scanned(null, host, found));
                        if (d.outcome() == Outcome.FAIL) {
                            failed.incrementAndGet();
                        } else if (failuresOnly) {
                            continue;
                        }
                        results.write(line(c, host, d));
                    }
                }

                @Override
                public void addressDone() {
                    bar.step();
                }
            });
        }
        System.err.printf(Locale.ROOT, "audited %d addresses in %.1f s: %d responding host%s, %d failed check result%s%n",
                total, (System.nanoTime() - started) / 1e9, hosts.get(), hosts.get() == 1 ? "" : "s", failed.get(),
                failed.get() == 1 ? "" : "s");
        if (upload != null) {
            ServerOptions.Answer a = server.upload("/api/v1/audits?source=" + java.net.URLEncoder.encode(
                    "camwarden audit " + String.join(" ", scan.targets), StandardCharsets.UTF_8), "application/x-ndjson",
                    upload);
            Files.deleteIfExists(upload);
            if (a.status() != 200) {
                throw new UserError("the server refused the audit (" + a.status() + "): " + a.body());
            }
            System.err.println("uploaded to " + server.server() + ": " + a.body());
        }
        return failed.get() > 0 ? ExitCodes.FOUND_PROBLEMS : ExitCodes.OK;
    }

    /** One result as written: without the registry the device's level is unknown, so the base severity applies. */
    private static Map<String, Object> line(Check c, HostReport host, Decision d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("check", c.id());
        m.put("title", c.title());
        m.put("severity", c.severity().base().label());
        m.put("result", d.outcome().name());
        m.put("ip", host.ip());
        m.put("port", d.port());
        m.put("summary", d.evidence().summary());
        m.put("evidence", d.evidence().facts().stream().map(f -> {
            Map<String, String> fm = new LinkedHashMap<>();
            fm.put("name", f.name());
            fm.put("value", f.value());
            fm.put("source", f.source());
            return fm;
        }).toList());
        return m;
    }

    static Catalogue shippedCatalogue() throws IOException {
        try (var in = AuditCommand.class.getClassLoader().getResourceAsStream(RuleSetService.SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException(RuleSetService.SHIPPED + " is missing from the jar");
            }
            return RuleSetParser.parse(new InputStreamReader(in, StandardCharsets.UTF_8), 1);
        }
    }
}
