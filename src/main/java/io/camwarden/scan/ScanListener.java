package io.camwarden.scan;

import io.camwarden.domain.scan.HostReport;

/** What a running scan reports: each responding host as soon as it is done, and progress. */
public interface ScanListener {

    void host(HostReport report);

    /** Called once per target address, responding or not. */
    default void addressDone() {
    }
}
