package cn.xuchang.ems.data.store;

import cn.xuchang.ems.data.domain.BaseFeature;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.ResourceKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A volatile store held in memory: for tests, benchmarks and previews. Same transaction contract as
 * the Derby store (a failing transaction changes nothing). Thread-safe by a single lock.
 */
public final class InMemoryResourceStore implements ResourceStore {
    private final Map<UUID, Resource> resources = new LinkedHashMap<>();
    private final List<BaseFeature> baseFeatures = new ArrayList<>();
    private final List<ResourceStoreListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<UUID, UUID> importIdByResource = new LinkedHashMap<>();
    private final Map<UUID, ImportBatch> imports = new LinkedHashMap<>();

    @Override
    public synchronized List<Resource> loadAll() {
        return List.copyOf(resources.values());
    }

    @Override
    public synchronized List<Resource> loadByKind(ResourceKind kind) {
        return resources.values().stream().filter(r -> r.kind() == kind).toList();
    }

    @Override
    public synchronized Optional<Resource> find(UUID id) {
        return Optional.ofNullable(resources.get(id));
    }

    @Override
    public synchronized long count() {
        return resources.size();
    }

    @Override
    public synchronized Map<ResourceKind, Map<String, Long>> countByKindAndCounty() {
        Map<ResourceKind, Map<String, Long>> counts = new EnumMap<>(ResourceKind.class);
        for (Resource r : resources.values()) {
            counts.computeIfAbsent(r.kind(), k -> new TreeMap<>()).merge(r.countyCode(), 1L, Long::sum);
        }
        return counts;
    }

    @Override
    public void write(StoreTransaction work) {
        List<UUID> touched;
        synchronized (this) {
            Map<UUID, Resource> copy = new LinkedHashMap<>(resources);
            Map<UUID, UUID> importIds = new LinkedHashMap<>(importIdByResource);
            Map<UUID, ImportBatch> batches = new LinkedHashMap<>(imports);
            List<UUID> ids = new ArrayList<>();
            ResourceWriter writer = new ResourceWriter() {
                @Override
                public void save(Resource resource) {
                    copy.put(resource.id(), resource);
                    ids.add(resource.id());
                }

                @Override
                public void delete(UUID id) {
                    importIds.remove(id);
                    if (copy.remove(id) != null) {
                        ids.add(id);
                    }
                }

                @Override
                public void recordImport(ImportBatch batch) {
                    if (batches.putIfAbsent(batch.id(), batch) != null) {
                        throw new StoreException("import " + batch.id() + " is already recorded");
                    }
                }

                @Override
                public void saveImported(Resource resource, UUID importId) {
                    if (!batches.containsKey(importId)) {
                        throw new StoreException("import " + importId + " is not recorded; call recordImport first");
                    }
                    save(resource);
                    importIds.put(resource.id(), importId);
                }

                @Override
                public int undoImport(UUID importId, java.time.Instant at) {
                    ImportBatch batch = batches.get(importId);
                    if (batch == null) {
                        throw new StoreException("no import with id " + importId + "; list them with 'xems undo-import --list'");
                    }
                    if (batch.undone()) {
                        throw new StoreException("import " + importId + " was already undone at " + batch.undoneAt());
                    }
                    List<UUID> members = importIds.entrySet().stream()
                            .filter(e -> e.getValue().equals(importId)).map(Map.Entry::getKey).toList();
                    members.forEach(this::delete);
                    batches.put(importId, batch.undoneAt(at));
                    return members.size();
                }

                @Override
                public List<UUID> touchedIds() {
                    return List.copyOf(ids);
                }
            };
            try {
                work.run(writer);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new StoreException("transaction failed and was rolled back: " + e.getMessage(), e);
            }
            resources.clear();
            resources.putAll(copy);
            importIdByResource.clear();
            importIdByResource.putAll(importIds);
            imports.clear();
            imports.putAll(batches);
            touched = List.copyOf(ids);
        }
        listeners.forEach(l -> l.resourcesChanged(touched));
    }

    @Override
    public synchronized List<ImportBatch> listImports() {
        List<ImportBatch> list = new ArrayList<>(imports.values());
        java.util.Collections.reverse(list);
        return List.copyOf(list);
    }

    @Override
    public synchronized List<BaseFeature> loadBaseFeatures() {
        return List.copyOf(baseFeatures);
    }

    @Override
    public synchronized void replaceBaseFeatures(Collection<BaseFeature> features) {
        baseFeatures.clear();
        baseFeatures.addAll(features);
    }

    @Override
    public void addListener(ResourceStoreListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(ResourceStoreListener listener) {
        listeners.remove(listener);
    }

    @Override
    public void close() {
        // nothing to release
    }
}
