package cn.xuchang.ems.map.analysis.zone;

import cn.xuchang.ems.data.domain.BaseFeature;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.map.analysis.nearest.NearestResult;
import java.util.List;
import java.util.Map;

/**
 * What a zone contains and where its people can go.
 *
 * @param inside           resources inside, per kind (kinds with none are absent), each list by name then id
 * @param places           base-map places inside (their residents count in {@code residents})
 * @param pupils           pupils of the schools and kindergartens inside
 * @param residents        residents of the places inside, where the base map has them
 * @param nearestShelters  the nearest open shelters with free places, from the zone's centre
 * @param shelterFreeCapacity free places in {@code nearestShelters} together
 */
public record ZoneReport(Map<ResourceKind, List<Resource>> inside, List<BaseFeature> places, long pupils,
                         long residents, List<NearestResult> nearestShelters, long shelterFreeCapacity) {

    /** Number of resources inside, all kinds. */
    public int count() {
        return inside.values().stream().mapToInt(List::size).sum();
    }

    /** People inside as far as known: pupils plus residents. */
    public long people() {
        return pupils + residents;
    }
}
