package cn.xuchang.ems.app.ui.bookmarks;

import cn.xuchang.ems.data.io.AtomicFile;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The user's view bookmarks, kept as JSON in the data folder ({@code view-bookmarks.json}):
 * {@code {"version": 1, "bookmarks": [{"name": "...", "centre_e": ..., "centre_n": ..., "metres_per_pixel": ...}]}}.
 * Writes go to a temporary file first and replace the old one in one move, so a crash never leaves
 * half a file. Blocking I/O: call off the FX thread. Not thread-safe; one writer at a time.
 */
public final class BookmarkFile {
    /** File name inside the data folder. */
    public static final String FILE_NAME = "view-bookmarks.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    /** The bookmark file of a data folder. */
    public BookmarkFile(Path dataDir) {
        this.file = dataDir.resolve(FILE_NAME);
    }

    /** Where the bookmarks live. */
    public Path path() {
        return file;
    }

    /**
     * The saved bookmarks, in saved order; none when the file does not exist yet.
     *
     * @throws IllegalArgumentException naming the file and the bookmark when the file is damaged
     */
    public List<ViewBookmark> load() {
        if (!Files.exists(file)) {
            return List.of();
        }
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + " is not valid JSON (line " + e.getLocation().getLineNr()
                    + "): " + e.getOriginalMessage() + "; fix or delete the file", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        JsonNode list = root == null ? null : root.get("bookmarks");
        if (list == null || !list.isArray()) {
            throw new IllegalArgumentException(file + " has no \"bookmarks\" list; fix or delete the file");
        }
        List<ViewBookmark> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode b = list.get(i);
            try {
                out.add(new ViewBookmark(b.path("name").asText(""), number(b, "centre_e"), number(b, "centre_n"),
                        number(b, "metres_per_pixel")));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ", bookmark " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(out);
    }

    /** Replaces the saved bookmarks with {@code bookmarks}. */
    public void save(List<ViewBookmark> bookmarks) {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", 1);
        ArrayNode list = root.putArray("bookmarks");
        for (ViewBookmark b : bookmarks) {
            list.addObject().put("name", b.name()).put("centre_e", b.centreX()).put("centre_n", b.centreY())
                    .put("metres_per_pixel", b.metresPerPixel());
        }
        AtomicFile.replace(file, out -> JSON.writerWithDefaultPrettyPrinter().writeValue(out, root));
    }

    private static double number(JsonNode b, String field) {
        JsonNode n = b.get(field);
        if (n == null || !n.isNumber()) {
            throw new IllegalArgumentException("field \"" + field + "\" must be a number");
        }
        return n.asDouble();
    }
}
