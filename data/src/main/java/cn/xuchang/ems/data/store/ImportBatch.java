package cn.xuchang.ems.data.store;

import cn.xuchang.ems.data.domain.ResourceKind;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One recorded import (table {@code import_batch}): who brought which file in, when, and how many
 * records were accepted and rejected. Resources stored by it carry its id ({@code resource.import_id})
 * so that it can be undone as a whole.
 *
 * @param sourceFile file name as given (absolute path)
 * @param sourceCrs  id of the source CRS, e.g. "EPSG:4547", "GCJ-02"
 * @param undoneAt   when it was undone, or null while its records are in the store
 */
public record ImportBatch(UUID id, String createdBy, Instant createdAt, String sourceFile, ResourceKind kind,
                          String sourceCrs, int accepted, int rejected, Instant undoneAt) {
    public ImportBatch {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(sourceFile, "sourceFile");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sourceCrs, "sourceCrs");
    }

    /** True once undone. */
    public boolean undone() {
        return undoneAt != null;
    }

    /** The same batch stamped as undone. */
    public ImportBatch undoneAt(Instant at) {
        return new ImportBatch(id, createdBy, createdAt, sourceFile, kind, sourceCrs, accepted, rejected, at);
    }
}
