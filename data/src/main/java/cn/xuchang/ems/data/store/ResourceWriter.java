package cn.xuchang.ems.data.store;

import cn.xuchang.ems.data.domain.Resource;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Writes available inside a {@link StoreTransaction}; valid only while that transaction runs. */
public interface ResourceWriter {

    /** Inserts or replaces one resource. */
    void save(Resource resource);

    /** Inserts or replaces several resources. */
    default void saveAll(Collection<Resource> resources) {
        resources.forEach(this::save);
    }

    /** Deletes a resource; unknown ids are ignored. */
    void delete(UUID id);

    /** Deletes several resources. */
    default void deleteAll(Collection<UUID> ids) {
        ids.forEach(this::delete);
    }

    /**
     * Records an import batch (row in {@code import_batch}) in this transaction. Call it before
     * {@link #saveImported}; if the transaction fails, the batch is not recorded either.
     */
    void recordImport(ImportBatch batch);

    /** Inserts a resource brought in by import {@code importId} (stored in {@code resource.import_id}). */
    void saveImported(Resource resource, UUID importId);

    /**
     * Deletes every resource carrying {@code importId} and stamps the batch's {@code undone_at};
     * returns how many resources were deleted. Fails if the batch is unknown or already undone.
     */
    int undoImport(UUID importId, java.time.Instant at);

    /** What this transaction has written so far, for listeners. */
    List<UUID> touchedIds();
}
