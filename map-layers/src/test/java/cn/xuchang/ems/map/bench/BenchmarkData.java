package cn.xuchang.ems.map.bench;

import cn.xuchang.ems.data.domain.Camera;
import cn.xuchang.ems.data.domain.Enterprise;
import cn.xuchang.ems.data.domain.HazardCategory;
import cn.xuchang.ems.data.domain.HazardGrade;
import cn.xuchang.ems.data.domain.HazardSource;
import cn.xuchang.ems.data.domain.Kindergarten;
import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.data.domain.Ownership;
import cn.xuchang.ems.data.domain.RescueBase;
import cn.xuchang.ems.data.domain.RescueTeam;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.ResourceDetails;
import cn.xuchang.ems.data.domain.School;
import cn.xuchang.ems.data.domain.Shelter;
import cn.xuchang.ems.data.domain.ShelterClass;
import cn.xuchang.ems.data.domain.SupplyDepot;
import cn.xuchang.ems.data.domain.TeamType;
import cn.xuchang.ems.map.analysis.ResourceFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/** Seeded synthetic layers over the Xuchang box for the benchmarks. */
final class BenchmarkData {

    private BenchmarkData() {
    }

    /**
     * {@code n} resources uniformly over Xuchang. "mixed": the nine kinds in equal shares; "teams": all
     * rescue teams. Teams are on duty 4 times in 5.
     */
    static List<Resource> resources(String scenario, int n, long seed) {
        Random rnd = new Random(seed);
        List<Resource> out = new ArrayList<>(n);
        TeamType[] types = TeamType.values();
        for (int i = 0; i < n; i++) {
            LonLat p = ResourceFixtures.randomPlace(rnd);
            int kind = scenario.equals("teams") ? 3 : i % 9;
            ResourceDetails d = switch (kind) {
                case 0 -> new HazardSource(HazardCategory.GAS, HazardGrade.III, List.of(), "", "", "");
                case 1 -> new Enterprise(Ownership.values()[0], true, "", true, "", "");
                case 2 -> new Shelter(ShelterClass.FIXED, 1000, 10, 1000, Set.of(), true, "");
                case 3 -> new RescueTeam(types[rnd.nextInt(types.length)], 10, List.of(), 5, rnd.nextInt(5) != 0, "");
                case 4 -> new SupplyDepot(List.of(), "");
                case 5 -> new RescueBase(List.of(), "");
                case 6 -> new Camera("c" + i, 0, 90, 200, true, "");
                case 7 -> new School(500, true, "");
                default -> new Kindergarten(100, true, "");
            };
            out.add(ResourceFixtures.resource(new UUID(rnd.nextLong(), rnd.nextLong()), "b" + i, p.lon(), p.lat(), d));
        }
        return out;
    }

    /** {@code n} random positions in the Xuchang box. */
    static LonLat[] places(int n, long seed) {
        Random rnd = new Random(seed);
        LonLat[] out = new LonLat[n];
        for (int i = 0; i < n; i++) {
            out[i] = ResourceFixtures.randomPlace(rnd);
        }
        return out;
    }
}
