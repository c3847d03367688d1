package cn.xuchang.ems.map.render;

import cn.xuchang.ems.map.index.FeatureIndex;
import cn.xuchang.ems.map.index.PointClusters;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Clusterings per layer snapshot and zoom level, built on first use and reused by every frame and
 * hit-test at that level; entries die with their {@link FeatureIndex}. Thread-safe.
 */
final class ClusterCache {

    private final Map<FeatureIndex, Map<Long, PointClusters>> byIndex =
            Collections.synchronizedMap(new WeakHashMap<>());

    /** The clustering of {@code index} for the level of {@code mpp} with cells of about {@code cellPx} pixels. */
    PointClusters clusters(FeatureIndex index, double mpp, int cellPx) {
        int level = LevelOfDetail.clusterLevel(mpp);
        long key = ((long) level << 32) | cellPx;
        return byIndex.computeIfAbsent(index, k -> new ConcurrentHashMap<>())
                .computeIfAbsent(key, k -> new PointClusters(index.features(), cellPx * LevelOfDetail.resolution(level)));
    }
}
