package cn.xuchang.ems.map.analysis.nearest;

import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.map.analysis.ResourceFilter;
import java.util.Objects;

/**
 * "The k nearest resources of a kind that pass a filter, from an incident." Shared by the
 * straight-line search here and the road-network search.
 *
 * @param from   incident location (CGCS2000 lon/lat)
 * @param kind   layer searched
 * @param k      how many results at most (1..10,000)
 * @param filter conditions every result meets; must apply to {@code kind}
 */
public record NearestQuery(LonLat from, ResourceKind kind, int k, ResourceFilter filter) {

    /** Largest k accepted. */
    public static final int MAX_K = 10_000;

    public NearestQuery {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(filter, "filter");
        if (k < 1 || k > MAX_K) {
            throw new IllegalArgumentException("k must be between 1 and " + MAX_K + ", got " + k);
        }
        filter.checkAppliesTo(kind);
    }
}
