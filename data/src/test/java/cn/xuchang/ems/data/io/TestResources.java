package cn.xuchang.ems.data.io;

import cn.xuchang.ems.data.domain.Camera;
import cn.xuchang.ems.data.domain.Enterprise;
import cn.xuchang.ems.data.domain.HazardCategory;
import cn.xuchang.ems.data.domain.HazardGrade;
import cn.xuchang.ems.data.domain.HazardSource;
import cn.xuchang.ems.data.domain.Kindergarten;
import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.data.domain.Ownership;
import cn.xuchang.ems.data.domain.Provenance;
import cn.xuchang.ems.data.domain.RescueBase;
import cn.xuchang.ems.data.domain.RescueTeam;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.ResourceDetails;
import cn.xuchang.ems.data.domain.School;
import cn.xuchang.ems.data.domain.Shelter;
import cn.xuchang.ems.data.domain.ShelterClass;
import cn.xuchang.ems.data.domain.ShelterFacility;
import cn.xuchang.ems.data.domain.SubstanceAmount;
import cn.xuchang.ems.data.domain.SupplyDepot;
import cn.xuchang.ems.data.domain.SupplyStock;
import cn.xuchang.ems.data.domain.TeamType;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/** Small hand-made resources of every kind, inside Xuchang, with Chinese names. */
public final class TestResources {
    public static final GeometryFactory GF = new GeometryFactory();
    public static final Instant T0 = Instant.parse("2026-11-30T08:00:00Z");

    private TestResources() {
    }

    /** A point resource at lon/lat. */
    public static Resource at(String name, double lon, double lat, String county, ResourceDetails details) {
        UUID id = UUID.nameUUIDFromBytes((details.kind().code() + name).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return new Resource(id, details.kind(), name, new LonLat(lon, lat), GF.createPoint(new Coordinate(lon, lat)),
                county, false, Provenance.created("tester", T0, "unit-test", "EPSG:4490"), details);
    }

    public static Resource team() {
        return at("魏都区消防救援大队", 113.8267, 34.0262, "411002",
                new RescueTeam(TeamType.FIRE, 45, List.of("水罐消防车", "云梯车, 32米"), 3, true, "0374-1234567"));
    }

    public static Resource shelter() {
        return at("许昌市人民广场避难场所", 113.8500, 34.0300, "411002",
                new Shelter(ShelterClass.FIXED, 5000, 120, 25000.5, Set.of(ShelterFacility.WATER), true, "0374-7654321"));
    }

    public static Resource camera() {
        return at("八一路与许继大道路口", 113.8401, 34.0402, "411002", new Camera("XC-0001", 45, 90, 150, true, ""));
    }

    public static Resource hazard() {
        return at("长葛市某化工厂储罐区", 113.77, 34.22, "411082", new HazardSource(HazardCategory.HAZARDOUS_CHEMICALS,
                HazardGrade.II, List.of(new SubstanceAmount("液氯", 12.5)), "某化工有限公司", "张三", "13800000000"));
    }

    /** A hazard source drawn as an area (polygon with a hole), for formats that carry polygons. */
    public static Resource hazardArea() {
        org.locationtech.jts.geom.Geometry area;
        try {
            area = new org.locationtech.jts.io.WKTReader(GF).read("POLYGON ((113.76 34.21, 113.78 34.21, 113.78 34.23, "
                    + "113.76 34.23, 113.76 34.21), (113.765 34.215, 113.765 34.22, 113.77 34.22, 113.77 34.215, 113.765 34.215))");
        } catch (org.locationtech.jts.io.ParseException e) {
            throw new IllegalStateException(e);
        }
        Resource point = hazard();
        return new Resource(UUID.nameUUIDFromBytes("hazard-area".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                point.kind(), "长葛市化工园区", new LonLat(113.775, 34.225), area, "411082", false, point.provenance(),
                point.details());
    }

    public static Resource depot() {
        return at("许昌市应急物资储备库", 113.81, 34.01, "411023", new SupplyDepot(List.of(
                new SupplyStock("1010101", "帐篷", 200, "顶"), new SupplyStock("2010201", "救生衣", 1000, "件")), "0374-1111111"));
    }

    public static List<Resource> oneOfEach() {
        return List.of(hazard(),
                at("许继集团", 113.83, 34.05, "411002",
                        new Enterprise(Ownership.STATE_CONTROLLED, true, "电力装备", true, "李四", "")),
                shelter(), team(), depot(),
                at("禹州救援基地", 113.48, 34.14, "411081", new RescueBase(List.of("山地救援", "水域救援"), "")),
                camera(),
                at("许昌市第一中学", 113.82, 34.03, "411002", new School(2100, true, "")),
                at("鄢陵县实验幼儿园", 114.19, 34.10, "411024", new Kindergarten(320, false, "")));
    }
}
