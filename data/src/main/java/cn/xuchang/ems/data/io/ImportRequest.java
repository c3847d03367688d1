package cn.xuchang.ems.data.io;

import cn.xuchang.ems.data.crs.Crs;
import cn.xuchang.ems.data.domain.ResourceKind;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What to import and how.
 *
 * @param file         the source file
 * @param kind         the layer the rows go into
 * @param crs          declared source CRS (else the file's declaration, else detection)
 * @param read         encoding and sheet choices
 * @param mapSpec      corrections to the guessed mapping, {@code column=field,...}; may be empty
 * @param skipInvalid  store the valid rows even when some are refused
 * @param dryRun       validate and report only
 * @param acceptOffset import lon/lat as declared even if it looks like GCJ-02/BD-09
 * @param user         who imports (provenance, import record)
 */
public record ImportRequest(Path file, ResourceKind kind, Optional<Crs> crs, ReadOptions read, String mapSpec,
                            boolean skipInvalid, boolean dryRun, boolean acceptOffset, String user) {
    public ImportRequest {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(crs, "crs");
        Objects.requireNonNull(read, "read");
        mapSpec = mapSpec == null ? "" : mapSpec;
        Objects.requireNonNull(user, "user");
    }

    /** Defaults: detect everything, refuse on any invalid row, store. */
    public static ImportRequest of(Path file, ResourceKind kind, String user) {
        return new ImportRequest(file, kind, Optional.empty(), ReadOptions.defaults(), "", false, false, false, user);
    }

    public ImportRequest withCrs(Crs c) {
        return new ImportRequest(file, kind, Optional.of(c), read, mapSpec, skipInvalid, dryRun, acceptOffset, user);
    }

    public ImportRequest withMap(String spec) {
        return new ImportRequest(file, kind, crs, read, spec, skipInvalid, dryRun, acceptOffset, user);
    }

    public ImportRequest withSkipInvalid(boolean v) {
        return new ImportRequest(file, kind, crs, read, mapSpec, v, dryRun, acceptOffset, user);
    }

    public ImportRequest withDryRun(boolean v) {
        return new ImportRequest(file, kind, crs, read, mapSpec, skipInvalid, v, acceptOffset, user);
    }

    public ImportRequest withAcceptOffset(boolean v) {
        return new ImportRequest(file, kind, crs, read, mapSpec, skipInvalid, dryRun, v, user);
    }

    public ImportRequest withRead(ReadOptions r) {
        return new ImportRequest(file, kind, crs, r, mapSpec, skipInvalid, dryRun, acceptOffset, user);
    }
}
