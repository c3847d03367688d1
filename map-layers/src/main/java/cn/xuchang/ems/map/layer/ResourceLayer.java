package cn.xuchang.ems.map.layer;

import cn.xuchang.ems.data.domain.HazardSource;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.data.domain.Shelter;
import cn.xuchang.ems.map.projection.MapProjection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.locationtech.jts.geom.Geometry;

/** The layer of one resource kind, projected to EPSG:4547 when (re)loaded. See {@link Layer}. */
public final class ResourceLayer extends Layer {

    private final ResourceKind kind;

    /** A layer of the {@code kind} resources among {@code resources} (others are ignored). */
    public ResourceLayer(ResourceKind kind, Collection<Resource> resources) {
        super(kind.code(), project(kind, resources), 0, Double.POSITIVE_INFINITY);
        this.kind = kind;
    }

    /** The kind shown. */
    public ResourceKind kind() {
        return kind;
    }

    /** Replaces the features with the {@code kind} resources among {@code resources} (e.g. after a store change). */
    public void setResources(Collection<Resource> resources) {
        replaceFeatures(project(kind, resources));
    }

    private static List<MapFeature> project(ResourceKind kind, Collection<Resource> resources) {
        MapProjection proj = MapProjection.EPSG_4547;
        List<MapFeature> out = new ArrayList<>();
        for (Resource r : resources) {
            if (r.kind() != kind) {
                continue;
            }
            double[] xy = proj.forward(r.location().lon(), r.location().lat());
            Geometry g = r.geometry().getNumPoints() == 1 && r.geometry().getDimension() == 0
                    ? proj.factory().createPoint(new org.locationtech.jts.geom.Coordinate(xy[0], xy[1]))
                    : proj.project(r.geometry());
            out.add(new MapFeature(r.id(), kind.code(), r.countyCode(), r.name(), FeatureStates.of(r.details()),
                    rank(r), g, xy[0], xy[1], r));
        }
        return out;
    }

    /** Label importance: the most severe hazards and the largest shelters are named first. */
    private static double rank(Resource r) {
        if (r.details() instanceof HazardSource h) {
            return 5 - h.grade().level();
        }
        if (r.details() instanceof Shelter s) {
            return s.capacity();
        }
        return 0;
    }
}
