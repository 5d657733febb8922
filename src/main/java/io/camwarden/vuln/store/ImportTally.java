package io.camwarden.vuln.store;

import io.camwarden.vuln.source.RecordProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one bundle's import did, kind by kind, and the one line the operator reads: "691 CVE records (12
 * updated, 679 unchanged), 1404 KEV entries (1404 unchanged); 2 files are not vulnerability data:
 * kev/LICENSE, nvd/SOURCES.md".
 */
final class ImportTally {

    static final int SHOWN_PROBLEMS = 3;

    /** Counts of one kind of record. */
    static final class Counts {
        long added;
        long updated;
        long unchanged;
        long older;
        /** Stored records a snapshot no longer lists, removed (not part of the total: the file had them not). */
        long removed;

        long total() {
            return added + updated + unchanged + older;
        }

        void add(VulnerabilityStore.Result<?> r) {
            added += r.added();
            updated += r.updated();
            unchanged += r.unchanged();
            older += r.older();
        }
    }

    private final Map<String, Counts> kinds = new LinkedHashMap<>();
    private final List<String> otherFiles = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<RecordProblem> problems = new ArrayList<>();
    private long problemCount;

    ImportTally() {
        for (String kind : List.of("CVE records", "KEV entries", "EPSS scores", "advisories")) {
            kinds.put(kind, new Counts());
        }
    }

    Counts of(String kind) {
        return kinds.get(kind);
    }

    /** A sentence the operator must read, e.g. that an older KEV catalog was skipped. */
    void note(String sentence) {
        notes.add(sentence);
    }

    void otherFile(String path) {
        otherFiles.add(path);
    }

    void problem(RecordProblem p) {
        problemCount++;
        if (problems.size() < SHOWN_PROBLEMS) {
            problems.add(p);
        }
    }

    long problemCount() {
        return problemCount;
    }

    String line() {
        List<String> parts = new ArrayList<>();
        kinds.forEach((kind, c) -> {
            if (c.total() > 0 || c.removed > 0) {
                parts.add(c.total() + " " + kind + " (" + detail(c) + ")");
            }
        });
        StringBuilder line = new StringBuilder(parts.isEmpty() && notes.isEmpty() ? "no vulnerability data"
                : String.join(", ", parts));
        for (String note : notes) {
            line.append(line.isEmpty() ? "" : "; ").append(note);
        }
        if (problemCount > 0) {
            line.append("; ").append(problemCount).append(problemCount == 1 ? " record" : " records")
                    .append(" unreadable and skipped, the first: ");
            line.append(String.join("; ", problems.stream().map(RecordProblem::toString).toList()));
        }
        if (!otherFiles.isEmpty()) {
            line.append("; ").append(otherFiles.size()).append(otherFiles.size() == 1 ? " file is" : " files are")
                    .append(" not vulnerability data: ").append(String.join(", ", otherFiles));
        }
        return line.toString();
    }

    private static String detail(Counts c) {
        List<String> d = new ArrayList<>();
        if (c.added > 0) {
            d.add(c.added + " added");
        }
        if (c.updated > 0) {
            d.add(c.updated + " updated");
        }
        if (c.unchanged > 0) {
            d.add(c.unchanged + " unchanged");
        }
        if (c.older > 0) {
            d.add(c.older + " older than the stored version, kept the stored one");
        }
        if (c.removed > 0) {
            d.add(c.removed + " removed: no longer listed");
        }
        return String.join(", ", d);
    }
}
