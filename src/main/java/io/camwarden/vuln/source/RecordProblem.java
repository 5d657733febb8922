package io.camwarden.vuln.source;

/**
 * A record of a data file that could not be read and was skipped: which one (its position, and its id when
 * it has one) and why. The rest of the file is still read.
 */
public record RecordProblem(String file, long recordNumber, String recordId, String reason) {

    @Override
    public String toString() {
        return file + ": record " + recordNumber + (recordId == null ? "" : " (" + recordId + ")") + ": " + reason;
    }
}
