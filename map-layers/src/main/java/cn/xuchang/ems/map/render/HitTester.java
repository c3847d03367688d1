package cn.xuchang.ems.map.render;

import cn.xuchang.ems.map.index.FeatureIndex;
import cn.xuchang.ems.map.index.PointClusters;
import cn.xuchang.ems.map.layer.Layer;
import cn.xuchang.ems.map.layer.MapFeature;
import cn.xuchang.ems.map.projection.Viewport;
import cn.xuchang.ems.map.style.GeometryType;
import cn.xuchang.ems.map.style.LayerStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Hit-testing against what a frame at a viewport shows: index query with an envelope around the
 * cursor, then an exact distance test per candidate. One instance per query.
 */
final class HitTester {

    private record Ranked(Hit hit, int group, int layerOrder) {
    }

    private static final GeometryFactory GF = new GeometryFactory();

    private final MapRenderer.Caches caches;
    private final List<Layer> layers;
    private final Viewport vp;
    private final RenderOptions options;

    HitTester(MapRenderer.Caches caches, List<Layer> layers, Viewport vp, RenderOptions options) {
        this.caches = caches;
        this.layers = layers;
        this.vp = vp;
        this.options = options;
    }

    List<Hit> hits(double sx, double sy, double tolerancePx) {
        double mpp = vp.metresPerPixel();
        double mx = vp.mapX(sx);
        double my = vp.mapY(sy);
        List<Ranked> found = new ArrayList<>();
        for (int order = 0; order < layers.size(); order++) {
            Layer layer = layers.get(order);
            LayerStyle style = options.styles().find(layer.id()).orElse(null);
            if (style == null || !layer.drawnAt(mpp) || layer.opacity() <= 0) {
                continue;
            }
            FeatureIndex index = layer.index();
            int layerOrder = order;
            if (style.geometry() == GeometryType.POINT) {
                if (style.clustersAt(mpp)) {
                    PointClusters pc = caches.clusters.clusters(index, mpp, style.clusterCellPx());
                    double reach = (style.symbol().size() * 0.85 + tolerancePx) * mpp;
                    pc.query(new Envelope(mx - reach, mx + reach, my - reach, my + reach), c -> {
                        double r = c.size() == 1 ? style.symbolFor(c.members().get(0).state()).size() / 2
                                : ClusterStates.clusterSymbol(style.symbol(), c.size()).size() / 2;
                        double d = Math.hypot(vp.screenX(c.x()) - sx, vp.screenY(c.y()) - sy);
                        if (d <= r + tolerancePx) {
                            found.add(new Ranked(new Hit(layer, c.members(), vp.screenX(c.x()), vp.screenY(c.y()), d),
                                    0, layerOrder));
                        }
                    });
                } else {
                    double reach = (style.symbol().size() / 2 + tolerancePx) * mpp;
                    index.query(new Envelope(mx - reach, mx + reach, my - reach, my + reach), f -> {
                        double r = style.symbolFor(f.state()).size() / 2;
                        double d = Math.hypot(vp.screenX(f.x()) - sx, vp.screenY(f.y()) - sy);
                        if (d <= r + tolerancePx) {
                            found.add(new Ranked(new Hit(layer, List.of(f), vp.screenX(f.x()), vp.screenY(f.y()), d),
                                    0, layerOrder));
                        }
                    });
                }
            } else {
                double reach = tolerancePx * mpp;
                Point p = GF.createPoint(new Coordinate(mx, my));
                for (MapFeature f : index.query(new Envelope(mx - reach, mx + reach, my - reach, my + reach))) {
                    double d = f.geometry().distance(p) / mpp;
                    if (style.geometry() == GeometryType.LINE ? d <= tolerancePx : d == 0) {
                        found.add(new Ranked(new Hit(layer, List.of(f), sx, sy, d),
                                style.geometry() == GeometryType.LINE ? 1 : 2, layerOrder));
                    }
                }
            }
        }
        found.sort(Comparator.comparingInt(Ranked::group).thenComparingDouble(r -> r.hit().distancePx())
                .thenComparingInt(r -> -r.layerOrder()));
        return found.stream().map(Ranked::hit).toList();
    }
}
