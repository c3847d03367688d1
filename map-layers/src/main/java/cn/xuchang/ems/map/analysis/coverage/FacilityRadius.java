package cn.xuchang.ems.map.analysis.coverage;

import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.Shelter;
import cn.xuchang.ems.data.domain.ShelterClass;
import java.util.EnumMap;
import java.util.Map;

/** The service radius of a facility, in metres: one for all, per class, or per feature. */
@FunctionalInterface
public interface FacilityRadius {

    /** Service radius of {@code facility} in metres (> 0). */
    double radiusM(Resource facility);

    /** The same radius for every facility. */
    static FacilityRadius fixed(double metres) {
        if (!(metres > 0)) {
            throw new IllegalArgumentException("service radius must be > 0 m, got " + metres);
        }
        return f -> metres;
    }

    /**
     * Shelters by class; other facilities get {@code otherM}. Planning defaults (GB 50413, to be checked
     * against the office's plan): emergency 500 m, fixed 2,500 m, central 5,000 m.
     */
    static FacilityRadius byShelterClass(Map<ShelterClass, Double> radii, double otherM) {
        Map<ShelterClass, Double> copy = new EnumMap<>(radii);
        return f -> f.details() instanceof Shelter s ? copy.getOrDefault(s.shelterClass(), otherM) : otherM;
    }

    /** The planning defaults named in {@link #byShelterClass}. */
    static FacilityRadius shelterPlanningDefaults() {
        return byShelterClass(Map.of(ShelterClass.EMERGENCY, 500.0, ShelterClass.FIXED, 2_500.0,
                ShelterClass.CENTRAL, 5_000.0), 2_500.0);
    }
}
