package cn.xuchang.ems.data.io;

import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.ResourceKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Exports a layer, a selection or a query result to a file. Stateless; safe from any thread but
 * the UI thread (it does file I/O).
 */
public final class ResourceExport {
    private ResourceExport() {
    }

    /**
     * Writes {@code resources} of {@code kind} to {@code out} in {@code format}; returns how many were
     * written. Fails if some resource is of another kind, or when the target folder does not exist.
     */
    public static int export(List<Resource> resources, ResourceKind kind, ExportFormat format, Path out,
                             ExportOptions options) throws IOException {
        for (Resource r : resources) {
            if (r.kind() != kind) {
                throw new IllegalArgumentException("cannot export " + r.kind().code() + " '" + r.name()
                        + "' into a " + kind.code() + " layer; export one kind per file");
            }
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new IllegalArgumentException("folder " + parent + " does not exist; create it or choose another --out");
        }
        format.newWriter().write(resources, kind, out, options);
        return resources.size();
    }
}
