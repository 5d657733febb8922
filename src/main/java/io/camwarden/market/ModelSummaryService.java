package io.camwarden.market;

import io.camwarden.checks.WarnedVendorService;
import io.camwarden.checks.registry.WarnedVendorMatcher;
import io.camwarden.domain.Caller;
import io.camwarden.domain.check.WarnedVendor;
import io.camwarden.identity.VendorNames;
import io.camwarden.registry.Page;
import io.camwarden.registry.PageRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The models in the caller's scope, each with the warned-list entries that cover it. Warnings are matched in
 * Java with INV-05's own matcher (vendor names canonicalised, related brands, model prefixes), so this page
 * and the check never disagree; entries with a minimum security level are listed with that level, since a
 * model serves systems of several levels.
 */
@Service
public class ModelSummaryService {

    private final ModelSummaryRepository repo;
    private final WarnedVendorService warned;
    private final WarnedVendorMatcher matcher = new WarnedVendorMatcher(VendorNames.bundled());
    private final Clock clock;

    public ModelSummaryService(ModelSummaryRepository repo, WarnedVendorService warned, Clock clock) {
        this.repo = repo;
        this.warned = warned;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<ModelSummary> list(Caller caller, String vendor, String q, PageRequest page) {
        Page<ModelSummary> rows = repo.list(caller.scope(), vendor, q, LocalDate.now(clock), page);
        List<WarnedVendor> entries = warned.list(false);
        return new Page<>(rows.items().stream().map(r -> withWarnings(r, entries)).toList(), rows.page(),
                rows.size(), rows.total());
    }

    private ModelSummary withWarnings(ModelSummary r, List<WarnedVendor> entries) {
        // no level: every entry that names the model counts, with its minimum level shown
        List<ModelSummary.Warning> w = matcher.match(r.vendor(), r.model(), null, entries).matches().stream()
                .map(m -> new ModelSummary.Warning(m.entry().id(), m.entry().authority(), m.entry().instrument(),
                        m.listedName(), m.entry().minLevel()))
                .toList();
        return new ModelSummary(r.vendor(), r.model(), r.devices(), r.withCertificateOrigin(),
                r.withCertificateQuality(), r.withQcvn135(), r.pastEndOfSupport(), r.firmwareVersions(), w);
    }
}
