package io.camwarden.registry.device;

import io.camwarden.registry.InvalidInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams import rows out of CSV or JSON, one at a time, so a file of any length is read in bounded
 * memory. A row maps column to text; a column missing from the row means "not given" (an update keeps
 * the stored value), an empty value means "clear it".
 */
public final class DeviceRows implements Iterator<DeviceRows.Row>, AutoCloseable {

    /** One row: its 1-based position among the data rows, the file line it starts on, and its values. */
    public record Row(int row, long line, Map<String, String> values) {
        public boolean has(String column) {
            return values.containsKey(column);
        }

        public String get(String column) {
            return values.get(column);
        }
    }

    private static final int MAX_CELL = 20_000;

    private final Iterator<Row> rows;
    private final AutoCloseable source;
    private final java.util.function.Supplier<List<String>> ignoredColumns;

    private DeviceRows(Iterator<Row> rows, AutoCloseable source, java.util.function.Supplier<List<String>> ignoredColumns) {
        this.rows = rows;
        this.source = source;
        this.ignoredColumns = ignoredColumns;
    }

    /** CSV with a header row; UTF-8, with or without a byte-order mark; comma or semicolon separated. */
    public static DeviceRows csv(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        reader.mark(8192);
        String firstLine = reader.readLine();
        reader.reset();
        if (firstLine == null || firstLine.isBlank()) {
            throw InvalidInputException.of("file", "is empty: expected a CSV header such as "
                    + String.join(",", DeviceColumns.ALL.subList(0, 15)));
        }
        char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        CSVParser parser = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setAllowMissingColumnNames(true).get().parse(reader);
        List<String> header = parser.getHeaderNames().stream().map(DeviceRows::column).toList();
        List<String> ignored = checkHeader(header);
        Iterator<CSVRecord> records = parser.iterator();
        Iterator<Row> rows = new Iterator<>() {
            int n;

            @Override
            public boolean hasNext() {
                try {
                    return records.hasNext();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw InvalidInputException.of("file", "CSV could not be read after data row " + n + ": "
                            + e.getMessage());
                }
            }

            @Override
            public Row next() {
                CSVRecord r = records.next();
                n++;
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < header.size() && i < r.size(); i++) {
                    if (DeviceColumns.KNOWN.contains(header.get(i))) {
                        values.put(header.get(i), cell(r.get(i)));
                    }
                }
                return new Row(n, r.getParser().getCurrentLineNumber(), values);
            }
        };
        return new DeviceRows(rows, parser, () -> ignored);
    }

    /** A JSON array of objects whose keys are the CSV column names; ip, ports and tags may be arrays. */
    public static DeviceRows json(InputStream in, JsonMapper mapper) {
        MappingIterator<JsonNode> it;
        try {
            it = mapper.readerFor(JsonNode.class).readValues(in);
        } catch (RuntimeException e) {
            throw InvalidInputException.of("file", "is not JSON: expected an array of device objects");
        }
        TreeSet<String> ignored = new TreeSet<>();
        Iterator<Row> rows = new Iterator<>() {
            int n;

            @Override
            public boolean hasNext() {
                try {
                    return it.hasNextValue();
                } catch (RuntimeException e) {
                    throw InvalidInputException.of("file", "JSON could not be read after element " + n + ": "
                            + e.getMessage());
                }
            }

            @Override
            public Row next() {
                JsonNode node = it.nextValue();
                n++;
                Map<String, String> values = new LinkedHashMap<>();
                if (node != null && node.isObject()) {
                    for (var e : node.properties()) {
                        String col = column(e.getKey());
                        if (!DeviceColumns.KNOWN.contains(col)) {
                            ignored.add(e.getKey());
                            continue;
                        }
                        values.put(col, text(e.getValue()));
                    }
                } else {
                    values.put("__not_an_object__", String.valueOf(node));
                }
                return new Row(n, n, values);
            }
        };
        return new DeviceRows(rows, it, () -> List.copyOf(ignored));
    }

    /** Columns (CSV) or keys (JSON, as far as read) that are not part of the format and were skipped. */
    public List<String> ignoredColumns() {
        return ignoredColumns.get();
    }

    @Override
    public boolean hasNext() {
        return rows.hasNext();
    }

    @Override
    public Row next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return rows.next();
    }

    @Override
    public void close() throws Exception {
        source.close();
    }

    /** The header must name the owner and at least one identifying column. */
    private static List<String> checkHeader(List<String> header) {
        List<String> missing = new ArrayList<>();
        if (!header.contains(DeviceColumns.OWNER)) {
            missing.add(DeviceColumns.OWNER);
        }
        if (!header.contains(DeviceColumns.SERIAL) && !header.contains(DeviceColumns.MAC)) {
            missing.add("serial or mac");
        }
        if (!missing.isEmpty()) {
            throw InvalidInputException.of("file", "the CSV header lacks " + String.join(" and ", missing)
                    + "; expected columns such as " + String.join(",", DeviceColumns.ALL.subList(0, 15)));
        }
        return header.stream().filter(h -> !h.isEmpty() && !DeviceColumns.KNOWN.contains(h)).toList();
    }

    private static String column(String header) {
        return header == null ? "" : header.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    }

    private static String cell(String v) {
        if (v != null && v.length() > MAX_CELL) {
            return v.substring(0, MAX_CELL);
        }
        return v == null ? "" : v;
    }

    private static String text(JsonNode v) {
        if (v == null || v.isNull()) {
            return "";
        }
        if (v.isArray()) {
            List<String> parts = new ArrayList<>();
            v.forEach(x -> parts.add(x.isValueNode() ? x.asString() : x.toString()));
            return cell(String.join(";", parts));
        }
        return cell(v.isValueNode() ? v.asString() : v.toString());
    }
}
