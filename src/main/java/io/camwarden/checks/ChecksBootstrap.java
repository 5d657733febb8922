package io.camwarden.checks;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * On the first start (server or CLI), stores the shipped catalogue as rule set version 1 and the shipped
 * warned-vendor list, so that assessments work out of the box. Later starts change nothing.
 */
@Component
public class ChecksBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ChecksBootstrap.class);

    private final RuleSetService ruleSets;
    private final WarnedVendorService warnedVendors;

    public ChecksBootstrap(RuleSetService ruleSets, WarnedVendorService warnedVendors) {
        this.ruleSets = ruleSets;
        this.warnedVendors = warnedVendors;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            ruleSets.adoptShippedIfNone();
        } catch (DuplicateKeyException e) {
            log.info("Another CamWarden process stored rule set version 1 at the same moment; using that one");
        }
        warnedVendors.seedShippedIfEmpty();
    }
}
