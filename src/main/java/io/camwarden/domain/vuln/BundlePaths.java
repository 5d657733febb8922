package io.camwarden.domain.vuln;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which file names a bundle may carry. The rule is narrow on purpose: relative paths of plain ASCII
 * components, so a name can never climb out of the directory it is extracted into (no "..", no
 * absolute path, no backslash, no drive letter), means the same on every file system, and fits a
 * tar header without extensions.
 */
public final class BundlePaths {

    /** The longest path: the name field of a ustar header. */
    public static final int MAX_LENGTH = 100;
    public static final String MANIFEST = "manifest.json";
    public static final String SIGNATURE = "manifest.sig";

    private static final Pattern COMPONENT = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]*");

    private BundlePaths() {
    }

    /** Why {@code path} cannot be a data file of a bundle, or null when it can. */
    public static String problem(String path) {
        if (path == null || path.isEmpty()) {
            return "the name is empty";
        }
        if (path.length() > MAX_LENGTH) {
            return "the name is longer than " + MAX_LENGTH + " characters";
        }
        if (path.equals(MANIFEST) || path.equals(SIGNATURE)) {
            return "the name is reserved for the bundle's own " + path;
        }
        for (String component : path.split("/", -1)) {
            if (component.equals("..") || component.equals(".")) {
                return "the name contains '" + component + "'";
            }
            if (!COMPONENT.matcher(component).matches()) {
                return "the name must be folders and a file name of letters, digits, '.', '_' and '-'"
                        + " (not starting with '.' or '-'), separated by '/'";
            }
        }
        return null;
    }

    /** The key two paths collide under on a case-insensitive file system. */
    public static String foldedKey(String path) {
        return path.toLowerCase(Locale.ROOT);
    }
}
