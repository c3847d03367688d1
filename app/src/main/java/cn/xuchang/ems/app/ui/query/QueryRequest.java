package cn.xuchang.ems.app.ui.query;

import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.map.analysis.ResourceFilter;
import java.util.Objects;

/**
 * One query as the panel sends it to the engine.
 *
 * @param mode     what is asked
 * @param incident incident or zone centre (unused for coverage)
 * @param kind     resources searched (nearest), or facilities (coverage)
 * @param k        results wanted (nearest)
 * @param filter   conditions on the resources (nearest, coverage facilities)
 * @param radiusM  zone radius or facility service radius, metres
 * @param demand   demand layer for coverage: resource kind code or "place"
 */
public record QueryRequest(QueryMode mode, LonLat incident, ResourceKind kind, int k, ResourceFilter filter,
                           double radiusM, String demand) {

    public QueryRequest {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(filter, "filter");
        if (mode != QueryMode.COVERAGE && incident == null) {
            throw new IllegalArgumentException("set the incident location first");
        }
        if ((mode == QueryMode.ZONE || mode == QueryMode.COVERAGE) && !(radiusM > 0)) {
            throw new IllegalArgumentException("radius must be > 0 m");
        }
        if ((mode == QueryMode.NEAREST || mode == QueryMode.COVERAGE) && kind == null) {
            throw new IllegalArgumentException("choose a resource kind");
        }
        if (kind != null) {
            filter.checkAppliesTo(kind);
        }
    }
}
