package cn.xuchang.ems.data.io.mapping;

import cn.xuchang.ems.data.domain.ResourceKind;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which source column feeds which {@link TargetField}. Immutable.
 *
 * @param fieldByColumn target field per source column (columns absent here are ignored)
 */
public record FieldMapping(Map<String, String> fieldByColumn) {
    public FieldMapping {
        fieldByColumn = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fieldByColumn));
    }

    /** The source column mapped to {@code field}, if any. */
    public Optional<String> columnFor(String field) {
        return fieldByColumn.entrySet().stream().filter(e -> e.getValue().equals(field)).map(Map.Entry::getKey).findFirst();
    }

    /** True when some column feeds {@code field}. */
    public boolean has(String field) {
        return fieldByColumn.containsValue(field);
    }

    /**
     * This mapping with the user's corrections applied, given as {@code column=field,...}
     * ({@code --map}); a column named there replaces whatever column fed that field before.
     * Fails with a message naming the unknown column or field.
     */
    public FieldMapping corrected(String spec, java.util.List<String> columns, ResourceKind kind) {
        if (spec == null || spec.isBlank()) {
            return this;
        }
        Map<String, String> m = new LinkedHashMap<>(fieldByColumn);
        for (String part : spec.split(",")) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--map takes column=field pairs separated by commas, got '" + part + "'");
            }
            String column = part.substring(0, eq).trim();
            String field = part.substring(eq + 1).trim();
            if (!columns.contains(column)) {
                throw new IllegalArgumentException("--map: the file has no column '" + column + "'; its columns are "
                        + String.join(", ", columns));
            }
            if (!TargetField.valid(kind, field)) {
                throw new IllegalArgumentException("--map: '" + field + "' is not a field of " + kind.code()
                        + "; use one of " + String.join(", ", TargetField.all(kind)));
            }
            if (!field.equals(TargetField.IGNORE)) {
                m.values().removeIf(field::equals);
            }
            m.put(column, field);
        }
        m.values().removeIf(TargetField.IGNORE::equals);
        return new FieldMapping(m);
    }

    /** The mapping as {@code column=field,...}, the form {@code --map} takes. */
    public String toSpec() {
        StringBuilder sb = new StringBuilder();
        fieldByColumn.forEach((c, f) -> sb.append(sb.length() == 0 ? "" : ",").append(c).append('=').append(f));
        return sb.toString();
    }
}
