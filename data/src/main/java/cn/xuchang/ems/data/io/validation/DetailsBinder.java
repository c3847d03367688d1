package cn.xuchang.ems.data.io.validation;

import cn.xuchang.ems.data.domain.ResourceDetails;
import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.data.domain.SubstanceAmount;
import cn.xuchang.ems.data.domain.SupplyStock;
import cn.xuchang.ems.data.io.ResourceAttributes;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Builds the typed {@link ResourceDetails} of a kind from mapped cell values, component by
 * component, collecting one error per bad field instead of stopping at the first. Blank cells take
 * the field's default ({@link #defaultValue}); enum fields have none and are required. Lists take
 * JSON arrays or text separated by ; 、 , (substances also "液氯:12.5", stocks "1010101:200").
 * Thread-safe.
 */
public final class DetailsBinder {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<String, Object> DEFAULTS = Map.of(
            "Camera.fieldOfViewDeg", 360.0,
            "Camera.rangeM", 100.0,
            "Camera.online", true,
            "RescueTeam.onDuty", true,
            "Shelter.open", true);
    private static final String SEPARATORS = "[;；、,，|\\n]";
    private static final java.util.regex.Pattern SEPARATOR = java.util.regex.Pattern.compile(SEPARATORS);
    private static final Map<ResourceKind, Shape> SHAPES = new java.util.EnumMap<>(ResourceKind.class);

    /** Per kind, what binding needs, found by reflection once. */
    private record Shape(RecordComponent[] components, String[] fields, Constructor<?> constructor) {
    }

    static {
        for (ResourceKind kind : ResourceKind.values()) {
            RecordComponent[] components = kind.detailsType().getRecordComponents();
            String[] fields = new String[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                fields[i] = ResourceAttributes.snakeCase(components[i].getName());
                types[i] = components[i].getType();
            }
            try {
                SHAPES.put(kind, new Shape(components, fields, kind.detailsType().getDeclaredConstructor(types)));
            } catch (NoSuchMethodException e) {
                throw new ExceptionInInitializerError(e);
            }
        }
    }

    private DetailsBinder() {
    }

    /** A field that could not be bound. */
    public record FieldError(String field, String message, String fix) {
    }

    /** Either details or the errors that prevented them. */
    public record Result(ResourceDetails details, List<FieldError> errors) {
        public boolean ok() {
            return details != null;
        }
    }

    /** The value a blank or unmapped field takes; null for required (enum) fields. */
    public static Object defaultValue(ResourceKind kind, RecordComponent rc) {
        Object d = DEFAULTS.get(kind.detailsType().getSimpleName() + "." + rc.getName());
        if (d != null) {
            return d;
        }
        Class<?> t = rc.getType();
        if (t == int.class) {
            return 0;
        }
        if (t == long.class) {
            return 0L;
        }
        if (t == double.class) {
            return 0.0;
        }
        if (t == boolean.class) {
            return false;
        }
        if (t == String.class) {
            return "";
        }
        if (t == List.class) {
            return List.of();
        }
        if (t == Set.class) {
            return Set.of();
        }
        return null;
    }

    /** Binds the details of {@code kind}; {@code valueOf} gives the raw value per snake_case field, null when absent. */
    public static Result bind(ResourceKind kind, Function<String, Object> valueOf) {
        Shape shape = SHAPES.get(kind);
        RecordComponent[] components = shape.components();
        Object[] args = new Object[components.length];
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < components.length; i++) {
            RecordComponent rc = components[i];
            String field = shape.fields()[i];
            Object raw = valueOf.apply(field);
            boolean blank = raw == null || (raw instanceof String s && s.isBlank());
            try {
                if (blank) {
                    args[i] = defaultValue(kind, rc);
                    if (args[i] == null) {
                        @SuppressWarnings("unchecked")
                        Class<? extends Enum<?>> e = (Class<? extends Enum<?>>) rc.getType();
                        errors.add(new FieldError(field, "is empty but required",
                                "fill in one of " + ValueParser.choices(e)));
                    }
                } else {
                    args[i] = convert(rc, raw);
                }
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(field, e.getMessage(), fixFor(rc)));
            }
        }
        if (!errors.isEmpty()) {
            return new Result(null, errors);
        }
        try {
            return new Result((ResourceDetails) shape.constructor().newInstance(args), List.of());
        } catch (InvocationTargetException e) {
            String msg = e.getCause() != null ? e.getCause().getMessage() : e.toString();
            return new Result(null, List.of(new FieldError("", msg, "correct the values named in the message")));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + kind.detailsType().getSimpleName(), e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object convert(RecordComponent rc, Object raw) {
        Class<?> t = rc.getType();
        if (t == int.class) {
            long v = ValueParser.parseLong(raw);
            if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("'" + raw + "' is too large");
            }
            return (int) v;
        }
        if (t == long.class) {
            return ValueParser.parseLong(raw);
        }
        if (t == double.class) {
            return ValueParser.parseDouble(raw);
        }
        if (t == boolean.class) {
            return ValueParser.parseBoolean(raw);
        }
        if (t == String.class) {
            return raw instanceof Double d && d == Math.rint(d) ? Long.toString(d.longValue()) : raw.toString().trim();
        }
        if (t.isEnum()) {
            return ValueParser.parseEnum((Class<Enum>) t, raw);
        }
        if (Collection.class.isAssignableFrom(t)) {
            Type element = ((ParameterizedType) rc.getGenericType()).getActualTypeArguments()[0];
            List<Object> items = new ArrayList<>();
            for (Object item : elements(raw, (Class<?>) element)) {
                items.add(element == String.class ? item.toString().trim()
                        : ((Class<?>) element).isEnum() ? ValueParser.parseEnum((Class<Enum>) element, item)
                        : item);
            }
            return t == Set.class ? new LinkedHashSet<>(items) : items;
        }
        throw new IllegalArgumentException("unsupported attribute type " + t.getSimpleName());
    }

    private static List<?> elements(Object raw, Class<?> element) {
        if (raw instanceof List<?> list) {
            return element.isRecord() ? MAPPER.convertValue(list, listOf(element)) : list;
        }
        Class<?> jsonElement = element.isRecord() ? element : String.class;
        String s = raw.toString().trim();
        if (s.startsWith("[")) {
            try {
                return MAPPER.readValue(s, listOf(jsonElement));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                Throwable root = e;
                while (root.getCause() != null) {
                    root = root.getCause();
                }
                throw new IllegalArgumentException("is not a valid JSON list: " + root.getMessage().split("\n")[0]);
            }
        }
        List<Object> items = new ArrayList<>();
        for (String part : SEPARATOR.split(s)) {
            String p = part.trim();
            if (p.isEmpty()) {
                continue;
            }
            if (element == SubstanceAmount.class) {
                String[] kv = p.split("[:：]", 2);
                items.add(new SubstanceAmount(kv[0].trim(), kv.length > 1 ? ValueParser.parseDouble(kv[1].replaceAll("[tT吨]$", "")) : 0));
            } else if (element == SupplyStock.class) {
                String[] kv = p.split("[:：]", 2);
                items.add(new SupplyStock(kv[0].trim(), "", kv.length > 1 ? ValueParser.parseDouble(kv[1]) : 0, ""));
            } else {
                items.add(p);
            }
        }
        return items;
    }

    private static JavaType listOf(Class<?> element) {
        return MAPPER.getTypeFactory().constructCollectionType(List.class, element);
    }

    private static String fixFor(RecordComponent rc) {
        Class<?> t = rc.getType();
        if (t == int.class || t == long.class) {
            return "write a whole number, e.g. 45";
        }
        if (t == double.class) {
            return "write a number, e.g. 12.5";
        }
        if (t == boolean.class) {
            return "write 是 or 否";
        }
        if (t.isEnum()) {
            @SuppressWarnings("unchecked")
            Class<? extends Enum<?>> e = (Class<? extends Enum<?>>) t;
            return "write one of " + ValueParser.choices(e);
        }
        if (rc.getGenericType() instanceof ParameterizedType p && p.getActualTypeArguments()[0] == SubstanceAmount.class) {
            return "write substance:tonnes pairs separated by ';', e.g. 液氯:12.5;液氨:3";
        }
        if (rc.getGenericType() instanceof ParameterizedType p && p.getActualTypeArguments()[0] == SupplyStock.class) {
            return "write GB/T 38565 code:quantity pairs separated by ';', e.g. 1010101:200, or a JSON list";
        }
        return "write items separated by ';' or a JSON list";
    }
}
