package cn.xuchang.ems.map.index;

import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.ResourceKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The in-memory spatial index of all resources: per kind, one {@link ResourcePartition} of every
 * resource and one of the available ones only (on duty, open, online: {@code details().available()}),
 * so that the common "available teams near here" query never looks at the others.
 *
 * <p>A snapshot: build a new one when the store changes (100,000 resources take well under a
 * second). Immutable and safe for concurrent queries.
 */
public final class ResourceIndex {

    private final Map<ResourceKind, ResourcePartition> all = new EnumMap<>(ResourceKind.class);
    private final Map<ResourceKind, ResourcePartition> available = new EnumMap<>(ResourceKind.class);

    private ResourceIndex() {
    }

    /** Indexes the given resources. */
    public static ResourceIndex of(Collection<Resource> resources) {
        Map<ResourceKind, List<Resource>> byKind = new EnumMap<>(ResourceKind.class);
        Map<ResourceKind, List<Resource>> availableByKind = new EnumMap<>(ResourceKind.class);
        for (ResourceKind k : ResourceKind.values()) {
            byKind.put(k, new ArrayList<>());
            availableByKind.put(k, new ArrayList<>());
        }
        for (Resource r : resources) {
            byKind.get(r.kind()).add(r);
            if (r.details().available()) {
                availableByKind.get(r.kind()).add(r);
            }
        }
        ResourceIndex index = new ResourceIndex();
        for (ResourceKind k : ResourceKind.values()) {
            index.all.put(k, ResourcePartition.of(byKind.get(k)));
            index.available.put(k, ResourcePartition.of(availableByKind.get(k)));
        }
        return index;
    }

    /** The partition of a kind: only available resources when {@code availableOnly}. */
    public ResourcePartition partition(ResourceKind kind, boolean availableOnly) {
        return (availableOnly ? available : all).get(kind);
    }

    /** All resources of a kind. */
    public ResourcePartition partition(ResourceKind kind) {
        return all.get(kind);
    }

    /** Number of indexed resources. */
    public int size() {
        return all.values().stream().mapToInt(ResourcePartition::size).sum();
    }
}
