package io.camwarden.domain.vuln;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What a signed data bundle contains: every data file with its size and SHA-256, when the publisher
 * made the bundle, and which version of each source (NVD, KEV, EPSS, ...) it carries.
 */
public record BundleManifest(String format, String name, Instant createdAt, Map<String, String> sources,
                             List<BundleFile> files) {

    public static final String FORMAT = "camwarden-bundle/1";
    public static final int MAX_NAME = 200;
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public BundleManifest {
        sources = sources == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(sources)); // sorted: stable output
        files = files == null ? List.of() : List.copyOf(files);
    }

    public long totalBytes() {
        return files.stream().mapToLong(BundleFile::size).sum();
    }

    public BundleFile file(String path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst().orElse(null);
    }

    /**
     * Everything wrong with this manifest against the limits, one sentence each; empty when it is sound.
     * A sound manifest names each file once, only with safe paths, and stays within the size limits.
     */
    public List<String> problems(int maxFiles, long maxFileBytes, long maxTotalBytes) {
        List<String> problems = new ArrayList<>();
        if (!FORMAT.equals(format)) {
            problems.add("format is '" + format + "', this CamWarden reads " + FORMAT);
        }
        if (name == null || name.isBlank() || name.length() > MAX_NAME) {
            problems.add("name must be 1 to " + MAX_NAME + " characters");
        }
        if (createdAt == null) {
            problems.add("createdAt is missing");
        }
        if (files.isEmpty()) {
            problems.add("the bundle lists no data files");
        }
        if (files.size() > maxFiles) {
            problems.add("the bundle lists " + files.size() + " files, more than the limit of " + maxFiles);
        }
        Set<String> seen = new HashSet<>();
        Set<String> folders = new HashSet<>();
        long total = 0;
        for (BundleFile f : files) {
            String pathProblem = BundlePaths.problem(f.path());
            if (pathProblem != null) {
                problems.add("file '" + f.path() + "': " + pathProblem);
                continue;
            }
            if (!seen.add(BundlePaths.foldedKey(f.path()))) {
                problems.add("file '" + f.path() + "' is listed twice (names are compared without regard to case)");
            }
            String[] parts = f.path().split("/");
            StringBuilder folder = new StringBuilder();
            for (int i = 0; i < parts.length - 1; i++) {
                folder.append(i == 0 ? "" : "/").append(parts[i]);
                folders.add(BundlePaths.foldedKey(folder.toString()));
            }
            if (f.size() < 0 || f.size() > maxFileBytes) {
                problems.add("file '" + f.path() + "' has size " + f.size() + ", outside 0 to " + maxFileBytes);
            } else {
                total += f.size();
            }
            if (f.sha256() == null || !SHA256.matcher(f.sha256()).matches()) {
                problems.add("file '" + f.path() + "' has no SHA-256 of 64 lower-case hex digits");
            }
        }
        for (BundleFile f : files) {
            if (folders.contains(BundlePaths.foldedKey(f.path()))) {
                problems.add("'" + f.path() + "' is both a file and a folder of other files");
            }
        }
        if (total > maxTotalBytes) {
            problems.add("the files add up to " + total + " bytes, more than the limit of " + maxTotalBytes);
        }
        for (Map.Entry<String, String> s : sources.entrySet()) {
            if (s.getKey().isBlank() || s.getKey().length() > 100 || s.getValue() == null
                    || s.getValue().length() > 500) {
                problems.add("source '" + s.getKey() + "' needs a name of 1 to 100 and a version of at most 500"
                        + " characters");
            }
        }
        return problems;
    }
}
