package io.camwarden.probe.rtsp;

import io.camwarden.probe.AuthChallenge;
import io.camwarden.probe.AuthOutcome;
import io.camwarden.probe.Exchange;
import java.util.List;
import java.util.Optional;

/**
 * What a DESCRIBE of one URL showed: every exchange in order, the challenges the device offered,
 * what it decided about the credentials, the SDP when it sent one, and any sign of a lock-out.
 *
 * @param url          the URL described
 * @param exchanges    requests and answers in order (the first never carries credentials)
 * @param outcome      the device's decision about authentication
 * @param offered      challenges from the first 401 answer; empty when none was asked
 * @param sdp          the session description from a 200 answer, if any
 * @param lockoutSigns signs that the device stopped accepting logins; empty when none
 * @param error        what went wrong after the first answer (connection closed, timeout), if anything
 */
public record RtspDescribeResult(String url, List<Exchange> exchanges, AuthOutcome outcome,
        List<AuthChallenge> offered, Optional<Sdp> sdp, List<String> lockoutSigns, Optional<String> error) {

    public RtspDescribeResult {
        exchanges = List.copyOf(exchanges);
        offered = List.copyOf(offered);
        lockoutSigns = List.copyOf(lockoutSigns);
    }

    public int finalStatus() {
        return exchanges.getLast().status();
    }

    /** The Server header of the first answer that had one. */
    public Optional<String> server() {
        return exchanges.stream().map(e -> e.headers().first("Server")).flatMap(Optional::stream).findFirst();
    }

    /** Whether the device sent a description with at least one m= section. */
    public boolean hasMedia() {
        return sdp.map(Sdp::hasMedia).orElse(false);
    }

    /** "Digest", "Basic", both, or none: the schemes the device asked for. */
    public List<String> offeredSchemes() {
        return offered.stream().map(AuthChallenge::scheme).distinct().toList();
    }
}
