package cn.xuchang.ems.map.analysis;

import cn.xuchang.ems.data.domain.Camera;
import cn.xuchang.ems.data.domain.HazardCategory;
import cn.xuchang.ems.data.domain.HazardGrade;
import cn.xuchang.ems.data.domain.HazardSource;
import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.data.domain.Provenance;
import cn.xuchang.ems.data.domain.RescueTeam;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.ResourceDetails;
import cn.xuchang.ems.data.domain.School;
import cn.xuchang.ems.data.domain.Shelter;
import cn.xuchang.ems.data.domain.ShelterClass;
import cn.xuchang.ems.data.domain.SupplyDepot;
import cn.xuchang.ems.data.domain.SupplyStock;
import cn.xuchang.ems.data.domain.TeamType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/** Builds resources for tests: single ones at given places and seeded random layers over Xuchang. */
public final class ResourceFixtures {

    /** Roughly the extent of Xuchang's six counties. */
    public static final double WEST = 113.05;
    public static final double EAST = 114.30;
    public static final double SOUTH = 33.70;
    public static final double NORTH = 34.45;

    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final Provenance PROVENANCE = Provenance.created("test", Instant.parse("2026-01-01T00:00:00Z"),
            "test", "EPSG:4490");

    private ResourceFixtures() {
    }

    public static Resource resource(UUID id, String name, double lon, double lat, ResourceDetails details) {
        return new Resource(id, details.kind(), name, new LonLat(lon, lat),
                GEOMETRY.createPoint(new Coordinate(lon, lat)), "411002", true, PROVENANCE, details);
    }

    public static Resource team(String name, double lon, double lat, TeamType type, boolean onDuty, int turnout) {
        return resource(UUID.nameUUIDFromBytes(name.getBytes()), name, lon, lat,
                new RescueTeam(type, 20, List.of(), turnout, onDuty, "0374-0000000"));
    }

    public static Resource shelter(String name, double lon, double lat, ShelterClass cls, int capacity, int occupied,
                                   boolean open) {
        return resource(UUID.nameUUIDFromBytes(name.getBytes()), name, lon, lat,
                new Shelter(cls, capacity, occupied, 1000, Set.of(), open, ""));
    }

    public static Resource camera(String name, double lon, double lat, double heading, double fov, double range,
                                  boolean online) {
        return resource(UUID.nameUUIDFromBytes(name.getBytes()), name, lon, lat,
                new Camera(name, heading, fov, range, online, ""));
    }

    public static Resource school(String name, double lon, double lat, int pupils) {
        return resource(UUID.nameUUIDFromBytes(name.getBytes()), name, lon, lat, new School(pupils, true, ""));
    }

    public static Resource depot(String name, double lon, double lat, String... codes) {
        List<SupplyStock> stocks = new ArrayList<>();
        for (String c : codes) {
            stocks.add(new SupplyStock(c, "item " + c, 10, "pcs"));
        }
        return resource(UUID.nameUUIDFromBytes(name.getBytes()), name, lon, lat, new SupplyDepot(stocks, ""));
    }

    public static Resource hazard(String name, double lon, double lat, HazardGrade grade) {
        return resource(UUID.nameUUIDFromBytes(name.getBytes()), name, lon, lat,
                new HazardSource(HazardCategory.GAS, grade, List.of(), "", "", ""));
    }

    /** A random position inside the Xuchang box. */
    public static LonLat randomPlace(Random rnd) {
        return new LonLat(WEST + rnd.nextDouble() * (EAST - WEST), SOUTH + rnd.nextDouble() * (NORTH - SOUTH));
    }

    /** {@code n} random teams, shelters, cameras, schools, depots and hazard sources, reproducible by seed. */
    public static List<Resource> randomMix(long seed, int n) {
        Random rnd = new Random(seed);
        List<Resource> out = new ArrayList<>(n);
        TeamType[] types = TeamType.values();
        ShelterClass[] classes = ShelterClass.values();
        for (int i = 0; i < n; i++) {
            LonLat p = randomPlace(rnd);
            // Snap some positions to a coarse lattice so that equal distances (ties) really occur.
            if (rnd.nextInt(10) == 0) {
                p = new LonLat(Math.round(p.lon() * 100) / 100.0, Math.round(p.lat() * 100) / 100.0);
            }
            String name = "r" + seed + "-" + i;
            UUID id = new UUID(rnd.nextLong(), rnd.nextLong());
            ResourceDetails d = switch (i % 6) {
                case 0 -> new RescueTeam(types[rnd.nextInt(types.length)], 10, List.of(), rnd.nextInt(10),
                        rnd.nextInt(5) != 0, "");
                case 1 -> new Shelter(classes[rnd.nextInt(classes.length)], 100 + rnd.nextInt(2000),
                        rnd.nextInt(500), 1000, Set.of(), rnd.nextInt(4) != 0, "");
                case 2 -> new Camera(name, rnd.nextDouble() * 360, 30 + rnd.nextDouble() * 330,
                        100 + rnd.nextDouble() * 3000, rnd.nextInt(6) != 0, "");
                case 3 -> new School(rnd.nextInt(3000), true, "");
                case 4 -> new SupplyDepot(List.of(new SupplyStock(String.valueOf(1 + rnd.nextInt(3)) + "01",
                        "x", rnd.nextInt(3), "pcs")), "");
                default -> new HazardSource(HazardCategory.OTHER, HazardGrade.ofLevel(1 + rnd.nextInt(4)),
                        List.of(), "", "", "");
            };
            out.add(resource(id, name, p.lon(), p.lat(), d));
        }
        return out;
    }
}
