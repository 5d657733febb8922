package io.camwarden.fingerprint;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CamWarden's fingerprint data files: RFC 4180 CSV (quoted fields, doubled quotes, commas and
 * line breaks inside quotes), first row the header. Each row keeps the line it starts on, so data
 * errors and identity sources can point at it ("camera_fingerprints.csv line 12").
 */
public final class Csv {

    /** One data row and the line of the file it starts on. */
    public record Row(int line, List<String> cells) {

        /** The cell in {@code column}, "" when the row is shorter. */
        public String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }
    }

    private Csv() {
    }

    /**
     * @param expectedHeader the columns the file must start with, in order
     * @throws FingerprintDataException naming the file and line when the file is not valid
     */
    public static List<Row> read(String fileName, Reader reader, List<String> expectedHeader) {
        List<Row> rows;
        try {
            rows = parse(fileName, reader);
        } catch (IOException e) {
            throw new FingerprintDataException("cannot read " + fileName + ": " + e.getMessage(), e);
        }
        if (rows.isEmpty() || !rows.getFirst().cells().equals(expectedHeader)) {
            throw new FingerprintDataException(fileName + " must start with the header "
                    + String.join(",", expectedHeader) + (rows.isEmpty() ? " but is empty"
                    : " but starts with " + String.join(",", rows.getFirst().cells())));
        }
        return List.copyOf(rows.subList(1, rows.size()));
    }

    private static List<Row> parse(String fileName, Reader reader) throws IOException {
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean afterQuote = false;
        int line = 1;
        int rowStart = 1;
        int c;
        while ((c = reader.read()) != -1) {
            if (quoted) {
                if (c == '"') {
                    quoted = false;
                    afterQuote = true;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append((char) c);
                }
                continue;
            }
            switch (c) {
                case '"' -> {
                    if (afterQuote) { // a doubled quote inside a quoted field
                        cell.append('"');
                        quoted = true;
                        afterQuote = false;
                    } else if (cell.isEmpty()) {
                        quoted = true;
                    } else {
                        throw new FingerprintDataException(fileName + " line " + line
                                + ": a quote inside an unquoted field; quote the whole field and double the quote");
                    }
                }
                case ',' -> {
                    cells.add(cell.toString());
                    cell.setLength(0);
                    afterQuote = false;
                }
                case '\r' -> { }
                case '\n' -> {
                    cells.add(cell.toString());
                    cell.setLength(0);
                    afterQuote = false;
                    if (!(cells.size() == 1 && cells.getFirst().isEmpty())) {
                        rows.add(new Row(rowStart, List.copyOf(cells)));
                    }
                    cells.clear();
                    line++;
                    rowStart = line;
                }
                default -> {
                    if (afterQuote) {
                        throw new FingerprintDataException(fileName + " line " + line
                                + ": text after a closing quote; quote the whole field");
                    }
                    cell.append((char) c);
                }
            }
        }
        if (quoted) {
            throw new FingerprintDataException(fileName + " line " + rowStart + ": a quoted field is never closed");
        }
        if (!cell.isEmpty() || !cells.isEmpty()) {
            cells.add(cell.toString());
            rows.add(new Row(rowStart, List.copyOf(cells)));
        }
        return rows;
    }
}
