package cn.xuchang.ems.data.io;

import cn.xuchang.ems.data.domain.County;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.ResourceKind;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.geom.Point;

/**
 * The flat attribute table of a resource kind: the common columns (id, kind, name, county, sample
 * flag, provenance) followed by one column per component of the kind's typed details record, in
 * record order. Every exporter writes these columns and every importer understands them, so an
 * export imports back unchanged. Thread-safe.
 */
public final class ResourceAttributes {
    public static final String ID = "id";
    public static final String KIND = "kind";
    public static final String NAME = "name";
    public static final String COUNTY_CODE = "county_code";
    public static final String COUNTY = "county";
    public static final String SAMPLE = "sample";
    public static final String CREATED_BY = "created_by";
    public static final String CREATED_AT = "created_at";
    public static final String UPDATED_BY = "updated_by";
    public static final String UPDATED_AT = "updated_at";
    public static final String SOURCE = "source";
    public static final String SOURCE_CRS = "source_crs";

    private static final List<Column> HEAD = List.of(
            new Column(ID, ColumnType.STRING, null),
            new Column(KIND, ColumnType.STRING, null),
            new Column(NAME, ColumnType.STRING, null),
            new Column(COUNTY_CODE, ColumnType.STRING, null),
            new Column(COUNTY, ColumnType.STRING, null),
            new Column(SAMPLE, ColumnType.BOOLEAN, null));
    private static final List<Column> TAIL = List.of(
            new Column(CREATED_BY, ColumnType.STRING, null),
            new Column(CREATED_AT, ColumnType.DATETIME, null),
            new Column(UPDATED_BY, ColumnType.STRING, null),
            new Column(UPDATED_AT, ColumnType.DATETIME, null),
            new Column(SOURCE, ColumnType.STRING, null),
            new Column(SOURCE_CRS, ColumnType.STRING, null));
    private static final Map<ResourceKind, List<Column>> COLUMNS = new EnumMap<>(ResourceKind.class);
    private static final Map<ResourceKind, List<Column>> DETAIL_COLUMNS = new EnumMap<>(ResourceKind.class);
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    static {
        for (ResourceKind kind : ResourceKind.values()) {
            List<Column> details = new ArrayList<>();
            for (RecordComponent rc : kind.detailsType().getRecordComponents()) {
                details.add(new Column(snakeCase(rc.getName()), typeOf(rc.getType()), rc.getName()));
            }
            DETAIL_COLUMNS.put(kind, List.copyOf(details));
            List<Column> cols = new ArrayList<>(HEAD);
            cols.addAll(details);
            cols.addAll(TAIL);
            COLUMNS.put(kind, List.copyOf(cols));
        }
    }

    private ResourceAttributes() {
    }

    /** All columns of a kind, in file order. */
    public static List<Column> columns(ResourceKind kind) {
        return COLUMNS.get(kind);
    }

    /** True when some resource is not a point, so that a table needs a {@code wkt} column. */
    public static boolean needsWkt(List<Resource> resources) {
        return resources.stream().anyMatch(r -> !(r.geometry() instanceof Point));
    }

    /**
     * The header of a table export (CSV, XLSX): every column of the kind, the coordinates right after
     * the name ({@code lon,lat} for geographic targets, {@code easting,northing} for projected ones),
     * and a final {@code wkt} column when asked.
     */
    public static List<String> tableHeader(ResourceKind kind, boolean geographic, boolean withWkt) {
        List<String> header = new ArrayList<>();
        for (Column c : columns(kind)) {
            header.add(c.name());
            if (c.name().equals(NAME)) {
                header.add(geographic ? "lon" : "easting");
                header.add(geographic ? "lat" : "northing");
            }
        }
        if (withWkt) {
            header.add("wkt");
        }
        return header;
    }

    /** Only the columns of the kind's typed details. */
    public static List<Column> detailColumns(ResourceKind kind) {
        return DETAIL_COLUMNS.get(kind);
    }

    /**
     * The values of one resource by column name: String, Long, Double, Boolean, Instant (DATETIME)
     * or List/Map (JSON; plain values inside). Never contains nulls.
     */
    public static Map<String, Object> flatten(Resource r) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put(ID, r.id().toString());
        v.put(KIND, r.kind().code());
        v.put(NAME, r.name());
        v.put(COUNTY_CODE, r.countyCode());
        v.put(COUNTY, County.fromCode(r.countyCode()).map(County::nameZh).orElse(""));
        v.put(SAMPLE, r.sample());
        @SuppressWarnings("unchecked")
        Map<String, Object> details = MAPPER.convertValue(r.details(), Map.class);
        for (Column c : detailColumns(r.kind())) {
            Object raw = details.get(c.component());
            v.put(c.name(), normalise(raw, c.type()));
        }
        v.put(CREATED_BY, r.provenance().createdBy());
        v.put(CREATED_AT, r.provenance().createdAt());
        v.put(UPDATED_BY, r.provenance().updatedBy());
        v.put(UPDATED_AT, r.provenance().updatedAt());
        v.put(SOURCE, r.provenance().source());
        v.put(SOURCE_CRS, r.provenance().sourceCrs());
        return v;
    }

    /** The value as text for formats without types: JSON for lists, ISO-8601 for instants. */
    public static String asText(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
            return toJson(value);
        }
        if (value instanceof Double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue()) : Double.toString(d);
        }
        return value.toString();
    }

    /** JSON text of a list or map. */
    public static String toJson(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write attribute value as JSON", e);
        }
    }

    /** camelCase record component name to the snake_case column name ({@code areaM2} to {@code area_m2}). */
    public static String snakeCase(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private static Object normalise(Object raw, ColumnType type) {
        if (raw == null) {
            return type == ColumnType.STRING ? "" : raw;
        }
        return switch (type) {
            case INTEGER -> ((Number) raw).longValue();
            case REAL -> ((Number) raw).doubleValue();
            case BOOLEAN, JSON, DATETIME -> raw;
            case STRING -> raw.toString();
        };
    }

    private static ColumnType typeOf(Class<?> t) {
        if (t == int.class || t == long.class || t == Integer.class || t == Long.class) {
            return ColumnType.INTEGER;
        }
        if (t == double.class || t == float.class || t == Double.class) {
            return ColumnType.REAL;
        }
        if (t == boolean.class || t == Boolean.class) {
            return ColumnType.BOOLEAN;
        }
        if (t == Instant.class) {
            return ColumnType.DATETIME;
        }
        if (Collection.class.isAssignableFrom(t) || Map.class.isAssignableFrom(t) || t.isRecord()) {
            return ColumnType.JSON;
        }
        return ColumnType.STRING;
    }
}
