package io.camwarden.discovery;

import java.util.List;

/**
 * What one WS-Discovery run found.
 *
 * @param matches   distinct devices that answered our probes
 * @param probesSent datagrams sent
 * @param unrelated well-formed datagrams that did not answer one of our probes (other clients' traffic, stale
 *                  replies)
 * @param rejected  datagrams that were not readable WS-Discovery (malformed, oversized, hostile)
 * @param problems  the first few reasons for rejections and send failures, for the operator
 */
public record WsDiscoveryRun(List<WsDiscoveryMatch> matches, int probesSent, int unrelated, int rejected,
                             List<String> problems) {

    public WsDiscoveryRun {
        matches = List.copyOf(matches);
        problems = List.copyOf(problems);
    }
}
