package cn.xuchang.ems.data.edit;

import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.io.Column;
import cn.xuchang.ems.data.io.ResourceAttributes;
import cn.xuchang.ems.data.io.validation.DetailsBinder;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Builds the {@link ResourceEdit.Update} for a typed attribute edited in the attribute table or
 * property sheet: the new text is parsed the way imports parse it (是/否, 一级, lists...) and the
 * record's own rules apply, so the table accepts exactly what an import would. Stateless.
 */
public final class AttributeChange {
    private AttributeChange() {
    }

    /**
     * The edit setting {@code field} (a snake_case column of {@link ResourceAttributes}, or "name")
     * of {@code r} to {@code value}; fails with a message saying what is expected.
     */
    public static ResourceEdit.Update of(Resource r, String field, Object value, String user, Instant at) {
        if (field.equals(ResourceAttributes.NAME)) {
            String name = value == null ? "" : value.toString().trim();
            if (name.isEmpty()) {
                throw new IllegalArgumentException("the name cannot be empty");
            }
            return new ResourceEdit.Update(r, new Resource(r.id(), r.kind(), name, r.location(), r.geometry(),
                    r.countyCode(), r.sample(), r.provenance().updated(user, at), r.details()));
        }
        Map<String, Object> values = new HashMap<>(ResourceAttributes.flatten(r));
        boolean known = ResourceAttributes.detailColumns(r.kind()).stream().map(Column::name).anyMatch(field::equals);
        if (!known) {
            throw new IllegalArgumentException("'" + field + "' is not an editable attribute of " + r.kind().code());
        }
        values.put(field, value);
        DetailsBinder.Result bound = DetailsBinder.bind(r.kind(), values::get);
        if (!bound.ok()) {
            DetailsBinder.FieldError e = bound.errors().get(0);
            throw new IllegalArgumentException(field + ": " + e.message() + "; " + e.fix());
        }
        return new ResourceEdit.Update(r, r.withDetails(bound.details(), r.provenance().updated(user, at)));
    }
}
