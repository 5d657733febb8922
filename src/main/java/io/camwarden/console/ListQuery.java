package io.camwarden.console;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;


/**
 * The filters, sort and page of a list page, turned back into links: the pager and the column headers keep
 * every filter, so a filtered, sorted page can be bookmarked and shared.
 */
public final class ListQuery {

    private final String path;
    private final Map<String, String> params = new LinkedHashMap<>();

    public ListQuery(String path) {
        this.path = path;
    }

    /** Adds a filter; blank values are left out of links. */
    public ListQuery with(String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            params.put(name, value.toString().strip());
        }
        return this;
    }

    public String get(String name) {
        return params.get(name);
    }

    public String sort() {
        return params.get("sort");
    }

    /** This list on another page. */
    public String page(int page) {
        Map<String, String> p = new LinkedHashMap<>(params);
        p.put("page", Integer.toString(page));
        return url(p);
    }

    /** This list sorted by {@code field}, from the first page; a second click on the same column reverses it. */
    public String sortedBy(String field) {
        Map<String, String> p = new LinkedHashMap<>(params);
        p.remove("page");
        p.put("sort", field + ("asc".equals(direction(field)) ? ",desc" : ""));
        return url(p);
    }

    /** "asc" or "desc" when the list is sorted by {@code field}, else null (for aria-sort and the arrow). */
    public String direction(String field) {
        String s = params.get("sort");
        if (s == null) {
            return null;
        }
        String[] parts = s.split(",");
        if (!parts[0].strip().equals(field)) {
            return null;
        }
        return parts.length > 1 && parts[1].strip().equalsIgnoreCase("desc") ? "desc" : "asc";
    }

    /** aria-sort value for a column header. */
    public String ariaSort(String field) {
        String d = direction(field);
        return d == null ? "none" : d.equals("asc") ? "ascending" : "descending";
    }

    public String url() {
        return url(params);
    }

    private String url(Map<String, String> p) {
        StringBuilder sb = new StringBuilder(path);
        char sep = '?';
        for (var e : p.entrySet()) {
            sb.append(sep).append(encode(e.getKey())).append('=').append(encode(e.getValue()));
            sep = '&';
        }
        return sb.toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
