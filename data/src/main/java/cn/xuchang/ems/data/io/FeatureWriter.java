package cn.xuchang.ems.data.io;

import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.ResourceKind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Writes resources of one kind to a file in one format, with every column of {@link ResourceAttributes}. */
public interface FeatureWriter {

    /**
     * Writes {@code resources} (all of {@code kind}) to {@code out}, replacing it. Formats made of
     * several files (shapefiles) write their side files next to {@code out}.
     */
    void write(List<Resource> resources, ResourceKind kind, Path out, ExportOptions options) throws IOException;
}
