package cn.xuchang.ems.app.ui.query;

import cn.xuchang.ems.data.domain.BaseFeature;
import cn.xuchang.ems.data.domain.BaseLayer;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.data.store.ResourceStore;
import cn.xuchang.ems.map.analysis.DemandPoint;
import cn.xuchang.ems.map.index.ResourceIndex;
import cn.xuchang.ems.map.search.NameSearch;
import java.util.List;

/**
 * A snapshot of what the query panel works on: the resources, the base map, the spatial index and the
 * name search over them. Build it off the FX thread ({@link #load} reads the store); immutable after.
 */
public record QueryData(List<Resource> resources, List<BaseFeature> baseFeatures, ResourceIndex index,
                        NameSearch names) {

    /** Demand layer code for base-map places. */
    public static final String PLACE_LAYER = "place";

    /** Reads everything from {@code store} and builds the index (blocks: never on the FX thread). */
    public static QueryData load(ResourceStore store) {
        return of(store.loadAll(), store.loadBaseFeatures());
    }

    /** Indexes resources and base features already loaded. */
    public static QueryData of(List<Resource> resources, List<BaseFeature> baseFeatures) {
        return new QueryData(List.copyOf(resources), List.copyOf(baseFeatures), ResourceIndex.of(resources),
                NameSearch.of(resources, baseFeatures));
    }

    /** Resources of one kind. */
    public List<Resource> ofKind(ResourceKind kind) {
        return resources.stream().filter(r -> r.kind() == kind).toList();
    }

    /** A demand layer: a resource kind code, or {@link #PLACE_LAYER}. */
    public List<DemandPoint> demand(String layer) {
        if (PLACE_LAYER.equals(layer)) {
            return baseFeatures.stream().filter(f -> f.layer() == BaseLayer.PLACE).map(DemandPoint::of).toList();
        }
        return ofKind(ResourceKind.parse(layer)).stream().map(DemandPoint::of).toList();
    }
}
