package io.camwarden.checks.network;

import io.camwarden.domain.scan.HostReport;

/** What the network showed of one device in an audit: its scan report and the live tests' evidence. */
public record NetworkEvidence(HostReport scan, LiveEvidence live) {
}
