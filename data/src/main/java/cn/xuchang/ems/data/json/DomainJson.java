package cn.xuchang.ems.data.json;

import cn.xuchang.ems.data.domain.ResourceDetails;
import cn.xuchang.ems.data.domain.ResourceKind;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * JSON form of the typed domain records, shared by storage, export and the CLI. Field names are
 * the record component names; enums are their constant names. Thread-safe.
 */
public final class DomainJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private DomainJson() {
    }

    /** The configured mapper (do not reconfigure it). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Serialises details to JSON text. */
    public static String write(ResourceDetails details) {
        try {
            return MAPPER.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + details.kind().code() + " details", e);
        }
    }

    /** Reads details of {@code kind} from JSON text. */
    public static ResourceDetails read(ResourceKind kind, String json) {
        try {
            return MAPPER.readValue(json, kind.detailsType());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("stored " + kind.code() + " details are not valid: " + e.getOriginalMessage(), e);
        }
    }

    /** The details as an ordered field → value map (lists and sets stay lists). */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> toMap(ResourceDetails details) {
        return MAPPER.convertValue(details, LinkedHashMap.class);
    }
}
