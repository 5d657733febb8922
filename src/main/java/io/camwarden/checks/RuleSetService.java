package io.camwarden.checks;

import io.camwarden.auditlog.AuditEvent;
import io.camwarden.auditlog.AuditLog;
import io.camwarden.domain.Caller;
import io.camwarden.domain.check.Catalogue;
import io.camwarden.domain.check.RuleSet;
import io.camwarden.registry.ConflictException;
import io.camwarden.registry.FieldErrors;
import io.camwarden.registry.InvalidInputException;
import io.camwarden.registry.NotFoundException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Versioned rule sets: version 1 ships in the jar; the regulator adopts later versions from a file
 * (REST or CLI) without a release. Exactly one version is active; assessments use it, and every result
 * records the version whose definition of the check decided it.
 */
@Service
public class RuleSetService {

    private static final Logger log = LoggerFactory.getLogger(RuleSetService.class);
    /** The catalogue shipped in the jar (a copy of shared/data/criteria/checks.csv). */
    public static final String SHIPPED = "checks/rule-set-1.csv";
    public static final String SHIPPED_ORIGIN = "shipped in the jar (" + SHIPPED + ")";
    public static final int MAX_FILE_BYTES = 5 * 1024 * 1024;

    private final RuleSetRepository repo;
    private final CheckEngine engine;
    private final AuditLog audit;
    private final Clock clock;
    private volatile Catalogue cached;

    public RuleSetService(RuleSetRepository repo, CheckEngine engine, AuditLog audit, Clock clock) {
        this.repo = repo;
        this.engine = engine;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Adopts a rule-set file as the next version. Everything is validated first; a file with any problem
     * is refused whole, naming each problem's row and column.
     */
    @Transactional
    public RuleSet adopt(Caller caller, byte[] file, String origin, String note, boolean activate) {
        RegulatorOnly.require(caller, "adopt rule sets");
        if (file.length > MAX_FILE_BYTES) {
            throw InvalidInputException.of("file", "is larger than " + MAX_FILE_BYTES / (1024 * 1024)
                    + " MB: a rule set is a CSV of a few hundred checks at most");
        }
        String sha = sha256(file);
        repo.lockActive();
        repo.versionWithHash(sha).ifPresent(v -> {
            throw new ConflictException("this file is identical to rule set version " + v
                    + ": activate that version instead (POST /api/v1/rule-sets/" + v + "/activate)");
        });
        int version = repo.nextVersion();
        Catalogue catalogue = parse(file, version);
        RuleSet r = new RuleSet(version, origin, sha, catalogue.checks().size(), Instant.now(clock), caller.username(),
                false, note);
        repo.insert(r, catalogue);
        if (activate) {
            repo.activate(version);
        }
        audit.record("rule_set.adopt", "rule_set", version, detail(r, catalogue, activate));
        log.info("Rule set version {} adopted by {} from {} ({} checks){}", version, caller.username(), origin,
                catalogue.checks().size(), activate ? ", now active" : "");
        return repo.find(version).orElseThrow();
    }

    @Transactional
    public RuleSet activate(Caller caller, int version) {
        RegulatorOnly.require(caller, "activate rule sets");
        RuleSet r = repo.find(version).orElseThrow(() -> new NotFoundException("rule set", version));
        repo.lockActive();
        repo.activate(version);
        audit.record("rule_set.activate", "rule_set", version, Map.of("origin", r.origin()));
        log.info("Rule set version {} made active by {}", version, caller.username());
        return repo.find(version).orElseThrow();
    }

    /** Stores the shipped catalogue as version 1 on the first start; does nothing once any version exists. */
    @Transactional
    public void adoptShippedIfNone() {
        if (repo.nextVersion() != 1) {
            return;
        }
        byte[] file = shippedFile();
        Catalogue catalogue = parse(file, 1);
        RuleSet r = new RuleSet(1, SHIPPED_ORIGIN, sha256(file), catalogue.checks().size(), Instant.now(clock),
                "camwarden", false, "The catalogue CamWarden ships with (shared/data/criteria/checks.csv).");
        repo.insert(r, catalogue);
        repo.activate(1);
        audit.append(AuditEvent.of("rule_set.adopt", "rule_set", 1, detail(r, catalogue, true)).by("camwarden", null));
        log.info("Stored the shipped check catalogue as rule set version 1 ({} checks)", catalogue.checks().size());
    }

    @Transactional(readOnly = true)
    public List<RuleSet> list() {
        return repo.list();
    }

    @Transactional(readOnly = true)
    public RuleSetDetails get(int version) {
        RuleSet r = repo.find(version).orElseThrow(() -> new NotFoundException("rule set", version));
        Catalogue c = repo.catalogue(version);
        return new RuleSetDetails(r, c.notificationWindows(), entries(c));
    }

    /** The active rule set's checks, each with how CamWarden decides it. */
    @Transactional(readOnly = true)
    public RuleSetDetails active() {
        return get(activeCatalogue().version());
    }

    /** The active catalogue; parsed once per version and kept while that version stays active. */
    @Transactional(readOnly = true)
    public Catalogue activeCatalogue() {
        RuleSet active = repo.active().orElseThrow(() -> new IllegalStateException(
                "no rule set is active: the shipped one is stored on start, so the database was changed by hand"));
        Catalogue c = cached;
        if (c == null || c.version() != active.version()) {
            c = repo.catalogue(active.version());
            cached = c;
        }
        return c;
    }

    public List<CatalogueEntry> entries(Catalogue c) {
        return c.checks().stream().map(k -> new CatalogueEntry(k, engine.units().implementation(k.id()))).toList();
    }

    /** Parses a rule-set file; problems become field errors named "row 3 (line 4), column severity". */
    public static Catalogue parse(byte[] file, int version) {
        try {
            return RuleSetParser.parse(new InputStreamReader(new ByteArrayInputStream(file), StandardCharsets.UTF_8),
                    version);
        } catch (RuleSetFileException e) {
            FieldErrors errors = new FieldErrors();
            e.problems().forEach(p -> errors.add(p.where(), p.message()));
            throw new InvalidInputException(errors.list());
        }
    }

    public static byte[] shippedFile() {
        try (InputStream in = RuleSetService.class.getClassLoader().getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException(SHIPPED + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> detail(RuleSet r, Catalogue c, boolean active) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("origin", r.origin());
        d.put("sha256", r.sha256());
        d.put("checks", c.checks().size());
        d.put("active", active);
        return d;
    }
}
