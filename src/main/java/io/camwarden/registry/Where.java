package io.camwarden.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A WHERE clause built from AND-ed conditions with named parameters, for JdbcClient. */
public final class Where {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();

    public Where and(String clause) {
        clauses.add(clause);
        return this;
    }

    public Where and(String clause, String name, Object value) {
        clauses.add(clause);
        params.put(name, value);
        return this;
    }

    public Where param(String name, Object value) {
        params.put(name, value);
        return this;
    }

    public String sql() {
        return clauses.isEmpty() ? "1=1" : "(" + String.join(") AND (", clauses) + ")";
    }

    public Map<String, Object> params() {
        return params;
    }
}
