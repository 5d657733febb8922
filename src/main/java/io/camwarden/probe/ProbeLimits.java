package io.camwarden.probe;

import java.time.Duration;

/**
 * Bounds on every conversation with a device, so that a device that stalls, drips bytes or sends an
 * endless answer costs a known amount of time and memory.
 *
 * @param connectTimeout   how long to wait for the TCP (and TLS) connection
 * @param readTimeout      how long one read may wait for the next bytes
 * @param exchangeTimeout  how long one request/answer may take in total, however the bytes trickle in
 * @param maxHeaderBytes   the most bytes accepted for a status line plus headers (and for one header line)
 * @param maxHeaderCount   the most header lines accepted in one answer
 * @param maxBodyBytes     the most body bytes kept (HTML page, SDP, favicon, banner)
 */
public record ProbeLimits(Duration connectTimeout, Duration readTimeout, Duration exchangeTimeout,
        int maxHeaderBytes, int maxHeaderCount, int maxBodyBytes) {

    public static final ProbeLimits DEFAULT = new ProbeLimits(Duration.ofSeconds(3), Duration.ofSeconds(5),
            Duration.ofSeconds(15), 16 * 1024, 100, 256 * 1024);

    public ProbeLimits {
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(readTimeout, "readTimeout");
        requirePositive(exchangeTimeout, "exchangeTimeout");
        if (maxHeaderBytes < 256 || maxHeaderCount < 1 || maxBodyBytes < 0) {
            throw new IllegalArgumentException("limits too small: maxHeaderBytes >= 256, maxHeaderCount >= 1, "
                    + "maxBodyBytes >= 0");
        }
    }

    public ProbeLimits withTimeouts(Duration connect, Duration read, Duration exchange) {
        return new ProbeLimits(connect, read, exchange, maxHeaderBytes, maxHeaderCount, maxBodyBytes);
    }

    public ProbeLimits withMaxBodyBytes(int bytes) {
        return new ProbeLimits(connectTimeout, readTimeout, exchangeTimeout, maxHeaderBytes, maxHeaderCount, bytes);
    }

    public ProbeLimits withMaxHeaderBytes(int bytes) {
        return new ProbeLimits(connectTimeout, readTimeout, exchangeTimeout, bytes, maxHeaderCount, maxBodyBytes);
    }

    public int connectTimeoutMillis() {
        return Math.toIntExact(connectTimeout.toMillis());
    }

    public int readTimeoutMillis() {
        return Math.toIntExact(readTimeout.toMillis());
    }

    private static void requirePositive(Duration d, String name) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
