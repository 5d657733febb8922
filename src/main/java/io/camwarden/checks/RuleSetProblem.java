package io.camwarden.checks;

/**
 * One thing wrong with a rule-set file. {@code row} counts data rows from 1 (0 is the header), {@code line}
 * is where the row starts in the file, {@code column} the header name of the bad cell (or null).
 */
public record RuleSetProblem(int row, long line, String column, String message) {

    /** "row 3 (line 4), column severity" — names the cell the way a person looks for it. */
    public String where() {
        String at = row == 0 ? "header (line " + line + ")" : "row " + row + " (line " + line + ")";
        return column == null ? at : at + ", column " + column;
    }

    @Override
    public String toString() {
        return where() + ": " + message;
    }
}
