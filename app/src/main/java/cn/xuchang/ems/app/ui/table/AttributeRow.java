package cn.xuchang.ems.app.ui.table;

import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.io.ResourceAttributes;
import java.time.Instant;
import java.util.Map;

/** One resource as a table row: the resource and its attribute texts by column name. Immutable. */
public record AttributeRow(Resource resource, Map<String, String> texts) {

    /** The row of {@code r}. */
    public static AttributeRow of(Resource r) {
        Map<String, String> texts = new java.util.LinkedHashMap<>();
        ResourceAttributes.flatten(r).forEach((k, v) -> texts.put(k, v instanceof Instant i ? i.toString()
                : ResourceAttributes.asText(v)));
        return new AttributeRow(r, java.util.Collections.unmodifiableMap(texts));
    }

    /** The text of one column. */
    public String text(String column) {
        return texts.getOrDefault(column, "");
    }

    /** True when some column contains {@code needle} (case-insensitive). */
    public boolean matches(String needle) {
        if (needle == null || needle.isBlank()) {
            return true;
        }
        String n = needle.trim().toLowerCase(java.util.Locale.ROOT);
        return texts.values().stream().anyMatch(t -> t.toLowerCase(java.util.Locale.ROOT).contains(n));
    }
}
