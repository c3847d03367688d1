package cn.xuchang.ems.map.layer;

import cn.xuchang.ems.data.domain.BaseFeature;
import cn.xuchang.ems.data.domain.BaseLayer;
import cn.xuchang.ems.map.projection.MapProjection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/** A base-map layer (counties, places, rivers, roads or water), projected to EPSG:4547 when built. See {@link Layer}. */
public final class BaseMapLayer extends Layer {

    private final BaseLayer kind;

    /** A layer of the {@code kind} features among {@code features} (others are ignored). */
    public BaseMapLayer(BaseLayer kind, Collection<BaseFeature> features) {
        super(kind.code(), project(kind, features), 0, Double.POSITIVE_INFINITY);
        this.kind = kind;
    }

    /** Which base layer this is. */
    public BaseLayer kind() {
        return kind;
    }

    /** Replaces the features with the {@code kind} features among {@code features}. */
    public void setFeatures(Collection<BaseFeature> features) {
        replaceFeatures(project(kind, features));
    }

    private static List<MapFeature> project(BaseLayer kind, Collection<BaseFeature> features) {
        MapProjection proj = MapProjection.EPSG_4547;
        List<MapFeature> out = new ArrayList<>();
        for (BaseFeature b : features) {
            if (b.layer() != kind) {
                continue;
            }
            Geometry g = proj.project(b.geometry());
            Point anchor = b.labelPoint() != null ? proj.project(b.labelPoint()) : g.getInteriorPoint();
            double rank = kind == BaseLayer.COUNTY ? g.getArea() : b.population();
            out.add(new MapFeature(b.id(), kind.code(), b.code(), b.name(), "", rank, g,
                    anchor.getX(), anchor.getY(), b));
        }
        return out;
    }
}
