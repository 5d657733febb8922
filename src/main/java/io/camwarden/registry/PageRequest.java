package io.camwarden.registry;

import java.util.Locale;
import java.util.Map;

/**
 * Which page of a list, in which order. {@code sort} is "field" or "field,desc"; only the fields a
 * list offers are accepted, mapped to their column, so a sort parameter can never reach SQL raw.
 */
public record PageRequest(int page, int size, String orderBy) {

    public static final int MAX_SIZE = 1000;

    public static PageRequest of(Integer page, Integer size, String sort, Map<String, String> sortable,
                                 String defaultSort) {
        int p = page == null ? 0 : page;
        int s = size == null ? 50 : size;
        FieldErrors errors = new FieldErrors();
        if (p < 0) {
            errors.add("page", "must be 0 or more");
        }
        if (s < 1 || s > MAX_SIZE) {
            errors.add("size", "must be between 1 and " + MAX_SIZE);
        }
        String spec = sort == null || sort.isBlank() ? defaultSort : sort.strip();
        String[] parts = spec.split(",");
        String column = sortable.get(parts[0].strip());
        String dir = parts.length > 1 ? parts[1].strip().toLowerCase(Locale.ROOT) : "asc";
        if (column == null) {
            errors.add("sort", "unknown field '" + parts[0].strip() + "': use one of " + String.join(", ",
                    new java.util.TreeSet<>(sortable.keySet())));
        }
        if (!dir.equals("asc") && !dir.equals("desc")) {
            errors.add("sort", "direction must be asc or desc");
        }
        errors.throwIfAny();
        return new PageRequest(p, s, column + " " + dir.toUpperCase(Locale.ROOT));
    }

    public long offset() {
        return (long) page * size;
    }
}
