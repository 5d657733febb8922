package io.camwarden.vuln.bundle;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the operator at server start how old the vulnerability data is, and warns when it is stale. */
@Component
@ConditionalOnWebApplication
public class StaleDataWarning {

    private static final Logger log = LoggerFactory.getLogger(StaleDataWarning.class);

    private final BundleImportService bundles;

    public StaleDataWarning(BundleImportService bundles) {
        this.bundles = bundles;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void report() {
        BundleStatus s = bundles.status();
        if (s.stale()) {
            log.warn("{}", s.message());
        } else {
            log.info("{}", s.message());
        }
        if (s.keyProblem() != null) {
            log.warn("Bundle import: {}", s.keyProblem());
        }
    }
}
