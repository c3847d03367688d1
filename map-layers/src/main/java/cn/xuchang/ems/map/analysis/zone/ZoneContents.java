package cn.xuchang.ems.map.analysis.zone;

import cn.xuchang.ems.data.domain.BaseFeature;
import cn.xuchang.ems.data.domain.BaseLayer;
import cn.xuchang.ems.data.domain.Kindergarten;
import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.data.domain.School;
import cn.xuchang.ems.data.domain.Shelter;
import cn.xuchang.ems.map.analysis.ResourceFilter;
import cn.xuchang.ems.map.analysis.nearest.NearestQuery;
import cn.xuchang.ems.map.analysis.nearest.NearestResources;
import cn.xuchang.ems.map.analysis.nearest.NearestResult;
import cn.xuchang.ems.map.analysis.nearest.StraightLineEta;
import cn.xuchang.ems.map.index.ResourceIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;

/**
 * Everything inside a zone, by kind, with the people inside and the nearest shelters that can still
 * take people in. Thread-safe over the immutable index.
 */
public final class ZoneContents {

    private final ResourceIndex index;
    private final List<BaseFeature> places;

    /** Zone queries over {@code index}; {@code baseFeatures} supply places with residents (others are ignored). */
    public ZoneContents(ResourceIndex index, List<BaseFeature> baseFeatures) {
        this.index = index;
        this.places = baseFeatures.stream().filter(f -> f.layer() == BaseLayer.PLACE).toList();
    }

    /** The contents of {@code zone} and its {@code shelterCount} nearest open shelters with free places. */
    public ZoneReport of(Zone zone, int shelterCount) {
        Envelope box = zone.lonLatEnvelope();
        Map<ResourceKind, List<Resource>> inside = new EnumMap<>(ResourceKind.class);
        long pupils = 0;
        for (ResourceKind kind : ResourceKind.values()) {
            var part = index.partition(kind);
            List<Resource> found = new ArrayList<>();
            for (List<Resource> list : List.of(part.gridded(), part.outside())) {
                for (Resource r : list) {
                    LonLat p = r.location();
                    if (box.contains(p.lon(), p.lat()) && zone.contains(p)) {
                        found.add(r);
                    }
                }
            }
            if (!found.isEmpty()) {
                found.sort(Comparator.comparing(Resource::name).thenComparing(r -> r.id().toString()));
                inside.put(kind, List.copyOf(found));
                for (Resource r : found) {
                    if (r.details() instanceof School s) {
                        pupils += s.pupils();
                    } else if (r.details() instanceof Kindergarten k) {
                        pupils += k.pupils();
                    }
                }
            }
        }
        List<BaseFeature> placesInside = new ArrayList<>();
        long residents = 0;
        for (BaseFeature f : places) {
            LonLat p = f.labelPoint() != null ? f.labelPoint()
                    : new LonLat(f.geometry().getCentroid().getX(), f.geometry().getCentroid().getY());
            if (zone.contains(p)) {
                placesInside.add(f);
                residents += f.population();
            }
        }
        List<NearestResult> shelters = shelterCount <= 0 ? List.of()
                : new NearestResources(index, StraightLineEta.DEFAULT).find(new NearestQuery(zone.centre(),
                ResourceKind.SHELTER, shelterCount, ResourceFilter.ANY.onlyAvailable()));
        long free = shelters.stream().mapToLong(n -> n.resource().details(Shelter.class).freeCapacity()).sum();
        return new ZoneReport(inside, placesInside, pupils, residents, shelters, free);
    }
}
