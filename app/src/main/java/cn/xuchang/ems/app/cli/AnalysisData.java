package cn.xuchang.ems.app.cli;

import cn.xuchang.ems.data.domain.BaseFeature;
import cn.xuchang.ems.data.domain.BaseLayer;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.data.workspace.Workspace;
import cn.xuchang.ems.map.analysis.DemandPoint;
import cn.xuchang.ems.map.index.ResourceIndex;
import java.util.List;

/** What the analysis commands read from a workspace: all resources, the base map, and the index over them. */
record AnalysisData(List<Resource> resources, List<BaseFeature> baseFeatures, ResourceIndex index) {

    /** The demand layer code for base-map places (residents as people). */
    static final String PLACE_LAYER = "place";

    static AnalysisData load(Workspace ws) {
        List<Resource> all = ws.store().loadAll();
        return new AnalysisData(all, ws.store().loadBaseFeatures(), ResourceIndex.of(all));
    }

    /** Resources of one kind, in store order. */
    List<Resource> ofKind(ResourceKind kind) {
        return resources.stream().filter(r -> r.kind() == kind).toList();
    }

    /** A demand layer by code: a resource kind, or "place" for the base map's places. */
    List<DemandPoint> demand(String layer) {
        if (PLACE_LAYER.equalsIgnoreCase(layer.trim())) {
            return baseFeatures.stream().filter(f -> f.layer() == BaseLayer.PLACE).map(DemandPoint::of).toList();
        }
        ResourceKind kind = ResourceKind.fromCode(layer).orElseThrow(() -> new IllegalArgumentException(
                "unknown demand layer '" + layer + "'; use one of " + ResourceKind.codes() + ", " + PLACE_LAYER));
        return ofKind(kind).stream().map(DemandPoint::of).toList();
    }
}
