package cn.xuchang.ems.map.render;

import cn.xuchang.ems.map.index.FeatureIndex;
import cn.xuchang.ems.map.layer.MapFeature;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.operation.linemerge.LineMerger;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * Outlines of lines and polygons as Java2D paths in EPSG:4547 metres, simplified for a zoom level
 * (tolerance half a pixel of that level, so the simplification never shows) and cached per level.
 * Entries die with the {@link FeatureIndex} they came from (a layer reload drops them). Thread-safe.
 */
final class ShapeCache {

    /**
     * Simplification tolerance in pixels of the level (levels are powers of two, so at the drawn
     * scale it is between 0.5 and 1 times this). The bundled county outlines are quantised to ~100 m
     * steps; at city scales a whole-pixel tolerance drops those sub-pixel stairs, which otherwise make
     * up most of the vertices the border strokes have to join.
     */
    static final double TOLERANCE_PX = 1.0;

    private final Map<FeatureIndex, Map<Integer, Map<UUID, Path2D>>> byIndex =
            Collections.synchronizedMap(new WeakHashMap<>());

    private final Map<FeatureIndex, Map<Integer, Path2D>> bordersByIndex =
            Collections.synchronizedMap(new WeakHashMap<>());
    private final Map<FeatureIndex, Geometry> nodedBorders = Collections.synchronizedMap(new WeakHashMap<>());

    Shape shape(FeatureIndex index, MapFeature f, int level) {
        Map<UUID, Path2D> perLevel = byIndex.computeIfAbsent(index, k -> new ConcurrentHashMap<>())
                .computeIfAbsent(level, k -> new ConcurrentHashMap<>());
        return perLevel.computeIfAbsent(f.id(),
                id -> toPath(simplify(f.geometry(), LevelOfDetail.resolution(level) * TOLERANCE_PX)));
    }

    /**
     * The outlines of all polygons of {@code index} as lines with every shared border once (so a
     * border between two counties is stroked once, not twice), simplified for {@code level}.
     */
    Shape borders(FeatureIndex index, int level) {
        Map<Integer, Path2D> perLevel = bordersByIndex.computeIfAbsent(index, k -> new ConcurrentHashMap<>());
        return perLevel.computeIfAbsent(level, l -> {
            Geometry noded = nodedBorders.computeIfAbsent(index, ShapeCache::nodeBorders);
            return toPath(DouglasPeuckerSimplifier.simplify(noded, LevelOfDetail.resolution(l) * TOLERANCE_PX));
        });
    }

    private static Geometry nodeBorders(FeatureIndex index) {
        List<Geometry> rings = new ArrayList<>();
        for (MapFeature f : index.features()) {
            rings.add(f.geometry().getBoundary());
        }
        if (rings.isEmpty()) {
            return new GeometryFactory().createMultiLineString();
        }
        // Union nodes the rings and merges coincident edges; the line merger then joins them back into long lines.
        Geometry union = UnaryUnionOp.union(rings);
        LineMerger merger = new LineMerger();
        merger.add(union);
        @SuppressWarnings("unchecked")
        Collection<LineString> merged = merger.getMergedLineStrings();
        return union.getFactory().buildGeometry(merged);
    }

    private static Geometry simplify(Geometry g, double tolerance) {
        if (g.getNumPoints() < 8) {
            return g;
        }
        return TopologyPreservingSimplifier.simplify(g, tolerance);
    }

    static Path2D toPath(Geometry g) {
        Path2D.Double p = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        append(p, g);
        return p;
    }

    private static void append(Path2D.Double p, Geometry g) {
        if (g instanceof Polygon poly) {
            ring(p, poly.getExteriorRing().getCoordinates(), true);
            for (int i = 0; i < poly.getNumInteriorRing(); i++) {
                ring(p, poly.getInteriorRingN(i).getCoordinates(), true);
            }
        } else if (g instanceof LineString line) {
            ring(p, line.getCoordinates(), false);
        } else {
            for (int i = 0; i < g.getNumGeometries(); i++) {
                Geometry part = g.getGeometryN(i);
                if (part != g) {
                    append(p, part);
                }
            }
        }
    }

    private static void ring(Path2D.Double p, Coordinate[] cs, boolean close) {
        if (cs.length == 0) {
            return;
        }
        p.moveTo(cs[0].x, cs[0].y);
        for (int i = 1; i < cs.length; i++) {
            p.lineTo(cs[i].x, cs[i].y);
        }
        if (close) {
            p.closePath();
        }
    }
}
