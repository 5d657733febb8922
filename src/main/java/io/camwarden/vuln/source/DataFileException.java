package io.camwarden.vuln.source;

/**
 * A data file that is not what it claims to be as a whole (not JSON, cut off, the wrong format): nothing of
 * it can be trusted past the point named in the message.
 */
public class DataFileException extends RuntimeException {

    public DataFileException(String message) {
        super(message);
    }

    public DataFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
