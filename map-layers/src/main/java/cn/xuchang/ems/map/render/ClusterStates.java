package cn.xuchang.ems.map.render;

import cn.xuchang.ems.map.index.PointClusters;
import cn.xuchang.ems.map.layer.MapFeature;
import cn.xuchang.ems.map.style.LayerStyle;
import cn.xuchang.ems.map.style.PointSymbol;

/** How a cluster looks: its most severe member's symbol (per the style's state order), drawn larger. */
final class ClusterStates {

    private ClusterStates() {
    }

    /** The most severe state among the members per {@link LayerStyle#clusterStateOrder()}, "" when the style has no order. */
    static String mostSevere(LayerStyle style, PointClusters.Cluster c) {
        if (style.clusterStateOrder().isEmpty()) {
            return "";
        }
        int best = Integer.MAX_VALUE;
        for (MapFeature f : c.members()) {
            int i = style.clusterStateOrder().indexOf(f.state());
            if (i >= 0 && i < best) {
                best = i;
                if (best == 0) {
                    break;
                }
            }
        }
        return best == Integer.MAX_VALUE ? "" : style.clusterStateOrder().get(best);
    }

    /** The cluster symbol: the base symbol enlarged in three steps by member count. */
    static PointSymbol clusterSymbol(PointSymbol base, int count) {
        double f = count < 10 ? 1.15 : count < 100 ? 1.3 : 1.45;
        return new PointSymbol(base.shape(), base.size() * f, base.fill(), base.stroke(), base.strokeWidth() + 0.5,
                base.glyph(), base.glyphColor());
    }
}
