package io.camwarden.probe;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Header fields in the order the device sent them; names compare without case, repeats are kept. */
public record Headers(List<Field> fields) {

    public static final Headers EMPTY = new Headers(List.of());

    /** One header line. */
    public record Field(String name, String value) {
    }

    public Headers {
        fields = List.copyOf(fields);
    }

    public Optional<String> first(String name) {
        return fields.stream().filter(f -> f.name.equalsIgnoreCase(name)).map(Field::value).findFirst();
    }

    public List<String> all(String name) {
        return fields.stream().filter(f -> f.name.equalsIgnoreCase(name)).map(Field::value).toList();
    }

    public boolean has(String name) {
        return first(name).isPresent();
    }

    /** Builds headers while enforcing how many lines are allowed. */
    public static final class Builder {
        private final List<Field> fields = new ArrayList<>();

        public Builder add(String name, String value) {
            fields.add(new Field(name, value));
            return this;
        }

        /** Appends an obsolete folded continuation line to the previous field. */
        public boolean appendToLast(String continuation) {
            if (fields.isEmpty()) {
                return false;
            }
            Field last = fields.removeLast();
            fields.add(new Field(last.name, last.value + " " + continuation.strip()));
            return true;
        }

        public int size() {
            return fields.size();
        }

        public Headers build() {
            return new Headers(fields);
        }
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        for (Field f : fields) {
            s.append(f.name).append(": ").append(f.value).append('\n');
        }
        return s.toString();
    }
}
