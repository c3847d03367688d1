package cn.xuchang.ems.data.store;

import cn.xuchang.ems.data.domain.BaseFeature;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.ResourceKind;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Persistent store of resources and base-map features. The embedded Derby implementation is
 * {@link DerbyResourceStore}; a server-backed one (Derby Network Server, PostGIS) fills the same
 * contract.
 *
 * <p>Thread-safety: implementations are safe for use from several threads; every write is one
 * transaction (all or nothing). Calls block on I/O: never call them on the UI thread.
 */
public interface ResourceStore extends AutoCloseable {

    /** Every resource of every kind. */
    List<Resource> loadAll();

    /** The resources of one kind. */
    List<Resource> loadByKind(ResourceKind kind);

    /** One resource by id. */
    Optional<Resource> find(UUID id);

    /** Number of stored resources. */
    long count();

    /** Counts per kind and county code ("" for resources outside Xuchang); kinds with none are absent. */
    Map<ResourceKind, Map<String, Long>> countByKindAndCounty();

    /** Runs {@code work} in one transaction: either all its writes are stored or none is. */
    void write(StoreTransaction work);

    /** Inserts or replaces the given resources in one transaction. */
    default void saveAll(Collection<Resource> resources) {
        write(tx -> tx.saveAll(resources));
    }

    /** Deletes the resources with these ids in one transaction. */
    default void deleteAll(Collection<UUID> ids) {
        write(tx -> tx.deleteAll(ids));
    }

    /** Recorded imports, newest first (undone ones included, with their {@code undoneAt}). */
    List<ImportBatch> listImports();

    /** One recorded import by id. */
    default Optional<ImportBatch> findImport(UUID importId) {
        return listImports().stream().filter(b -> b.id().equals(importId)).findFirst();
    }

    /** All base-map features (counties, places, rivers). */
    List<BaseFeature> loadBaseFeatures();

    /** Replaces the whole base map in one transaction. */
    void replaceBaseFeatures(Collection<BaseFeature> features);

    /** Registers a listener told after each committed write. */
    void addListener(ResourceStoreListener listener);

    /** Removes a listener. */
    void removeListener(ResourceStoreListener listener);

    /** Releases the database; the store is unusable afterwards. */
    @Override
    void close();
}
