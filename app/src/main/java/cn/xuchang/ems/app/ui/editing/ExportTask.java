package cn.xuchang.ems.app.ui.editing;

import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.data.io.ExportFormat;
import cn.xuchang.ems.data.io.ExportOptions;
import cn.xuchang.ems.data.io.ResourceExport;
import cn.xuchang.ems.data.store.ResourceStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.concurrent.Task;

/**
 * Writes a layer (read from the store) or a given set of resources (the selection, a query result)
 * with the export engine. The formats hold one kind per file, so a mixed set becomes one file per
 * kind, named {@code <name>-<kind><ext>}. Value: the files written. Runs on a worker; cancellable
 * between files.
 */
public final class ExportTask extends Task<List<Path>> {
    private final ResourceStore store;
    private final ResourceKind layer;
    private final List<Resource> resources;
    private final ExportFormat format;
    private final Path out;
    private final ExportOptions options;

    /**
     * @param layer     the layer to export (read when the task runs), or null to export {@code resources}
     * @param resources what to export when {@code layer} is null
     */
    public ExportTask(ResourceStore store, ResourceKind layer, List<Resource> resources, ExportFormat format, Path out,
                      ExportOptions options) {
        this.store = store;
        this.layer = layer;
        this.resources = List.copyOf(resources);
        this.format = format;
        this.out = out;
        this.options = options;
    }

    @Override
    protected List<Path> call() throws Exception {
        return write(store, layer, resources, format, out, options, this::isCancelled, (file, done, total) -> {
            updateMessage(file.getFileName().toString());
            updateProgress(done, total);
        });
    }

    /** Told after each file written. */
    interface Progress {
        void written(Path file, int done, int total);
    }

    /** The export itself, without the task's reporting (callable from any thread but the FX thread). */
    static List<Path> write(ResourceStore store, ResourceKind layer, List<Resource> resources, ExportFormat format,
                            Path out, ExportOptions options, java.util.function.BooleanSupplier cancelled,
                            Progress progress) throws java.io.IOException {
        Map<ResourceKind, List<Resource>> byKind = new EnumMap<>(ResourceKind.class);
        if (layer != null) {
            byKind.put(layer, store.loadByKind(layer));
        } else {
            for (Resource r : resources) {
                byKind.computeIfAbsent(r.kind(), k -> new ArrayList<>()).add(r);
            }
        }
        if (byKind.isEmpty()) {
            throw new IllegalArgumentException("nothing to export");
        }
        List<Path> written = new ArrayList<>();
        for (Map.Entry<ResourceKind, List<Resource>> e : byKind.entrySet()) {
            if (cancelled.getAsBoolean()) {
                break;
            }
            Path target = byKind.size() == 1 ? out : fileFor(out, e.getKey(), format);
            ResourceExport.export(e.getValue(), e.getKey(), format, target, options);
            written.add(target);
            progress.written(target, written.size(), byKind.size());
        }
        return written;
    }

    /** {@code out} with the kind before the extension: shelters.shp → shelters-shelter.shp. */
    static Path fileFor(Path out, ResourceKind kind, ExportFormat format) {
        String name = out.getFileName().toString();
        String stem = name.toLowerCase(java.util.Locale.ROOT).endsWith(format.extension())
                ? name.substring(0, name.length() - format.extension().length()) : name;
        return out.resolveSibling(stem + "-" + kind.code() + format.extension());
    }
}
