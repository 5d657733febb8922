package io.camwarden.vuln.bundle;

import io.camwarden.auditlog.Actors;
import io.camwarden.auditlog.AuditEvent;
import io.camwarden.auditlog.AuditLog;
import io.camwarden.domain.Caller;
import io.camwarden.domain.Role;
import io.camwarden.domain.vuln.DataAge;
import io.camwarden.domain.vuln.DataBundle;
import io.camwarden.registry.ForbiddenException;
import io.camwarden.registry.NotFoundException;
import io.camwarden.registry.Page;
import io.camwarden.registry.PageRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports signed bundles, from the CLI and the REST API alike: verify first, outside any transaction;
 * then, in one transaction, record the bundle, hand its files to every {@link BundleContentImporter}
 * and write the audit entry. A refused bundle leaves nothing but an audit entry saying why; a bundle
 * whose content fails to import is rolled back whole. The transaction is explicit (a template, not an
 * annotation) because the failure must be audited after the rollback, in the same call.
 */
@Service
public class BundleImportService {

    private static final Logger log = LoggerFactory.getLogger(BundleImportService.class);
    static final String ACTION = "bundle.import";
    static final String TARGET = "data_bundle";
    static final String NO_IMPORTER = "this build has no importer for bundle content: the bundle was verified and"
            + " recorded, but none of its data was imported";

    private final DataBundleRepository repo;
    private final List<BundleContentImporter> importers;
    private final AuditLog audit;
    private final Clock clock;
    private final BundleSettings settings;
    private final TransactionTemplate tx;

    public BundleImportService(DataBundleRepository repo, List<BundleContentImporter> importers, AuditLog audit,
                               Clock clock, BundleSettings settings, PlatformTransactionManager transactions) {
        this.repo = repo;
        this.importers = importers;
        this.audit = audit;
        this.clock = clock;
        this.settings = settings;
        this.tx = new TransactionTemplate(transactions);
    }

    /**
     * Verifies and imports the archive read from {@code archive}.
     *
     * @param extraTrust keys trusted for this import only (the CLI's --trust), besides the configured ones
     * @param source     where the archive came from (a file name, "upload"), for the audit log
     */
    public BundleImportResult importBundle(Caller caller, InputStream archive, TrustedKeys extraTrust, String source) {
        return importBundle(caller, archive, extraTrust, source, BundleProgress.NONE);
    }

    /** As {@link #importBundle(Caller, InputStream, TrustedKeys, String)}, telling {@code progress} how far it got. */
    public BundleImportResult importBundle(Caller caller, InputStream archive, TrustedKeys extraTrust, String source,
                                           BundleProgress progress) {
        requireImporter(caller);
        TrustedKeys trusted = settings.trustedKeys().plus(extraTrust);
        if (trusted.isEmpty()) {
            throw new NoTrustedKeysException();
        }
        VerifiedBundle verified;
        try {
            verified = new BundleVerifier(trusted, BundleLimits.DEFAULT).verify(archive, settings.workRoot(),
                    progress::verifying);
        } catch (BundleRefusedException e) {
            log.warn("Refused data bundle from {}: {}", source, e.getMessage());
            audit.append(new AuditEvent(ACTION, TARGET, null, AuditEvent.Outcome.FAILURE,
                    Map.of("source", source, "reason", e.reason().name(), "message", e.getMessage()), null, null));
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the bundle from " + source + ": " + e.getMessage(), e);
        }
        try (verified) {
            return record(verified, source, progress);
        }
    }

    private BundleImportResult record(VerifiedBundle v, String source, BundleProgress progress) {
        try {
            return tx.execute(status -> {
                var existing = repo.findByManifest(v.manifestSha256());
                if (existing.isPresent()) {
                    audit.record(ACTION, TARGET, existing.get().id(), detail(v, source, true));
                    return new BundleImportResult(existing.get(), true, List.of());
                }
                long id = repo.insert(v, clock.instant(), Actors.current());
                List<String> content = new ArrayList<>();
                for (BundleContentImporter importer : importers) {
                    content.add(importer.importBundle(id, v.manifest(), v.directory(), progress));
                }
                if (importers.isEmpty()) {
                    content.add(NO_IMPORTER);
                    log.warn("Data bundle '{}': {}", v.manifest().name(), NO_IMPORTER);
                }
                audit.record(ACTION, TARGET, id, detail(v, source, false));
                log.info("Imported data bundle '{}' (#{}, made {}, signed by {}): {}", v.manifest().name(), id,
                        v.manifest().createdAt(), v.signer().fingerprint(), content);
                return new BundleImportResult(repo.find(id).orElseThrow(), false, content);
            });
        } catch (DataIntegrityViolationException e) {
            // another import of the same bundle committed first
            var existing = repo.findByManifest(v.manifestSha256());
            if (existing.isPresent()) {
                return new BundleImportResult(existing.get(), true, List.of());
            }
            throw failed(v, source, e);
        } catch (RuntimeException e) {
            throw failed(v, source, e);
        }
    }

    private BundleImportFailedException failed(VerifiedBundle v, String source, RuntimeException e) {
        log.error("Content of data bundle '{}' could not be imported; nothing of it was kept", v.manifest().name(), e);
        Map<String, Object> detail = detail(v, source, false);
        detail.put("error", String.valueOf(e.getMessage()));
        audit.append(new AuditEvent(ACTION, TARGET, null, AuditEvent.Outcome.FAILURE, detail, null, null));
        return new BundleImportFailedException(v.manifest().name(), e);
    }

    private static Map<String, Object> detail(VerifiedBundle v, String source, boolean alreadyImported) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("name", v.manifest().name());
        d.put("source", source);
        d.put("archiveSha256", v.archiveSha256());
        d.put("manifestSha256", v.manifestSha256());
        d.put("signer", v.signer().fingerprint());
        d.put("createdAt", v.manifest().createdAt().toString());
        d.put("sources", v.manifest().sources());
        d.put("files", v.manifest().files().size());
        if (alreadyImported) {
            d.put("alreadyImported", true);
        }
        return d;
    }

    private static void requireImporter(Caller caller) {
        if (caller.role() != Role.ADMIN && caller.role() != Role.REGULATOR) {
            throw new ForbiddenException("only ADMIN and REGULATOR users may import data bundles; your role is "
                    + caller.role());
        }
    }

    @Transactional(readOnly = true)
    public Page<DataBundle> list(PageRequest page) {
        return repo.list(page);
    }

    @Transactional(readOnly = true)
    public BundleDetails get(long id) {
        DataBundle b = repo.find(id).orElseThrow(() -> new NotFoundException("data bundle", id));
        return new BundleDetails(b, ManifestJson.read(repo.manifestJson(id).orElseThrow().getBytes(
                java.nio.charset.StandardCharsets.UTF_8)).files());
    }

    @Transactional(readOnly = true)
    public BundleStatus status() {
        DataAge age = DataAge.of(repo.newestCreatedAt().orElse(null), clock.instant(), settings.maxAgeDays());
        List<String> fingerprints = List.of();
        String keyProblem = null;
        try {
            fingerprints = settings.trustedKeys().all().stream().map(TrustedKeys.TrustedKey::fingerprint).toList();
            if (fingerprints.isEmpty()) {
                keyProblem = new NoTrustedKeysException().getMessage();
            }
        } catch (IllegalArgumentException e) {
            keyProblem = e.getMessage();
        }
        return new BundleStatus(age.newestCreatedAt(), age.ageDays(), age.maxAgeDays(), age.stale(), age.message(),
                repo.count(), fingerprints, keyProblem);
    }
}
