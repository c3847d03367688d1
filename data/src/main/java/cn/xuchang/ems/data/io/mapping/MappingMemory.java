package cn.xuchang.ems.data.io.mapping;

import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.data.io.AtomicFile;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Remembers the mapping used for a source, keyed by kind and the source's set of column names
 * (next month's sheet from the same office has the same columns), in a small JSON file in the data
 * folder ({@code import-mappings.json}). Thread-safe by a lock on the instance; the file is replaced
 * atomically.
 */
public final class MappingMemory {
    /** File name inside the data folder. */
    public static final String FILE_NAME = "import-mappings.json";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;

    public MappingMemory(Path dataDir) {
        this.file = dataDir.resolve(FILE_NAME);
    }

    /** The mapping last used for a source with these columns, if any. */
    public synchronized Optional<FieldMapping> recall(ResourceKind kind, List<String> columns) {
        Map<String, Map<String, String>> all = load();
        Map<String, String> m = all.get(key(kind, columns));
        return m == null ? Optional.empty() : Optional.of(new FieldMapping(m));
    }

    /** Stores {@code mapping} for sources with these columns. */
    public synchronized void remember(ResourceKind kind, List<String> columns, FieldMapping mapping) {
        Map<String, Map<String, String>> all = load();
        all.put(key(kind, columns), new LinkedHashMap<>(mapping.fieldByColumn()));
        AtomicFile.replace(file, out -> MAPPER.writeValue(out, all));
    }

    private Map<String, Map<String, String>> load() {
        if (!Files.isRegularFile(file)) {
            return new LinkedHashMap<>();
        }
        try {
            return MAPPER.readValue(file.toFile(), new TypeReference<LinkedHashMap<String, Map<String, String>>>() {
            });
        } catch (IOException e) {
            // A damaged memory file must not block imports: start afresh, the next remember() rewrites it.
            return new LinkedHashMap<>();
        }
    }

    private static String key(ResourceKind kind, List<String> columns) {
        return kind.code() + ":" + String.join("|", new TreeSet<>(columns));
    }
}
