package cn.xuchang.ems.data.sample;

import cn.xuchang.ems.data.crs.GaussKruger;
import cn.xuchang.ems.data.domain.BaseFeature;
import cn.xuchang.ems.data.domain.Camera;
import cn.xuchang.ems.data.domain.County;
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
import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.data.domain.School;
import cn.xuchang.ems.data.domain.Shelter;
import cn.xuchang.ems.data.domain.ShelterClass;
import cn.xuchang.ems.data.domain.ShelterFacility;
import cn.xuchang.ems.data.domain.SubstanceAmount;
import cn.xuchang.ems.data.domain.SupplyDepot;
import cn.xuchang.ems.data.domain.SupplyStock;
import cn.xuchang.ems.data.domain.TeamType;
import cn.xuchang.ems.data.store.GeometryCodec;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Deterministic generator of clearly marked sample resources for Xuchang. The same seed always
 * gives the same records (ids included), on every machine. Counts follow the office's 2007 work
 * summary where it gives them (105 cameras, 22 state-controlled + 199 above-scale enterprises,
 * 785 schools, 141 kindergartens); the rest are plausible dozens.
 *
 * <p>Every record has {@code sample = true}, a name starting with {@link #NAME_PREFIX} and source
 * {@link #SOURCE}. Not thread-safe (one instance per generation).
 */
public final class SampleGenerator {
    /** Seed of the data shipped with the app. */
    public static final long DEFAULT_SEED = 20080313L;
    /** Prefix of every sample name (示例 = "sample"). */
    public static final String NAME_PREFIX = "示例·";
    /** Provenance source of sample records. */
    public static final String SOURCE = "sample-generator";

    private static final int CAMERAS = 105;
    private static final int STATE_ENTERPRISES = 22;
    private static final int ABOVE_SCALE_ENTERPRISES = 199;
    private static final int SCHOOLS = 785;
    private static final int KINDERGARTENS = 141;
    private static final int HAZARD_SOURCES = 36;
    private static final int SHELTERS = 42;
    private static final int RESCUE_TEAMS = 48;
    private static final int SUPPLY_DEPOTS = 18;
    private static final int RESCUE_BASES = 8;
    /** Crossroads spacing of the urban street grid the cameras sit on (metres). */
    private static final double BLOCK_M = 450;

    /** Rough share of population per county, used to spread schools and the like. */
    private static final Map<County, Double> POPULATION_SHARE = new EnumMap<>(Map.of(
            County.WEIDU, 0.13, County.JIAN_AN, 0.17, County.YANLING, 0.13,
            County.XIANGCHENG, 0.16, County.YUZHOU, 0.25, County.CHANGGE, 0.16));

    private final long seed;
    private final Random random;
    private final Map<County, CountyArea> areas = new EnumMap<>(County.class);
    private final Instant createdAt = Instant.parse("2026-11-30T00:00:00Z");
    private final Map<ResourceKind, Integer> serials = new EnumMap<>(ResourceKind.class);

    /** A generator placing records inside the counties of {@code baseMap}. */
    public SampleGenerator(long seed, XuchangBaseMap baseMap) {
        this.seed = seed;
        this.random = new Random(seed);
        for (County c : County.values()) {
            BaseFeature f = baseMap.county(c);
            areas.put(c, new CountyArea(c, PreparedGeometryFactory.prepare(f.geometry()),
                    f.geometry().getEnvelopeInternal(), f.labelPoint()));
        }
    }

    /** Generates all sample resources. */
    public List<Resource> generate() {
        List<Resource> out = new ArrayList<>();
        cameras(out);
        enterprises(out);
        perCounty(out, ResourceKind.SCHOOL, SCHOOLS, 0.55, this::school);
        perCounty(out, ResourceKind.KINDERGARTEN, KINDERGARTENS, 0.75, this::kindergarten);
        perCounty(out, ResourceKind.HAZARD_SOURCE, HAZARD_SOURCES, 0.35, this::hazardSource);
        perCounty(out, ResourceKind.SHELTER, SHELTERS, 0.7, this::shelter);
        perCounty(out, ResourceKind.RESCUE_TEAM, RESCUE_TEAMS, 0.7, this::rescueTeam);
        perCounty(out, ResourceKind.SUPPLY_DEPOT, SUPPLY_DEPOTS, 0.6, this::supplyDepot);
        perCounty(out, ResourceKind.RESCUE_BASE, RESCUE_BASES, 0.4, this::rescueBase);
        return out;
    }

    private interface DetailsMaker {
        Named make(County county, int serial);
    }

    private record Named(String name, ResourceDetails details) {
    }

    private void perCounty(List<Resource> out, ResourceKind kind, int total, double urbanShare, DetailsMaker maker) {
        Map<County, Integer> counts = apportion(total);
        for (County c : County.values()) {
            for (int i = 0; i < counts.get(c); i++) {
                LonLat p = random.nextDouble() < urbanShare ? nearTown(c, 2500) : anywhere(c);
                int serial = nextSerial(kind);
                Named n = maker.make(c, serial);
                out.add(resource(kind, c, p, n.name(), n.details(), serial));
            }
        }
    }

    /** Cameras sit near crossroads of an urban grid, most in 魏都区 and 建安区, looking along a street. */
    private void cameras(List<Resource> out) {
        Map<County, Integer> counts = new EnumMap<>(Map.of(County.WEIDU, 62, County.JIAN_AN, 23, County.YUZHOU, 6,
                County.CHANGGE, 6, County.XIANGCHENG, 4, County.YANLING, 4));
        for (County c : County.values()) {
            CountyArea area = areas.get(c);
            double[] centre = GaussKruger.CM_114E.forward(area.town());
            java.util.Set<Long> used = new java.util.HashSet<>();
            double spread = c == County.WEIDU ? 3200 : 2200;
            int placed = 0;
            while (placed < counts.get(c)) {
                int gx = (int) Math.round(random.nextGaussian() * spread / BLOCK_M);
                int gy = (int) Math.round(random.nextGaussian() * spread / BLOCK_M);
                if (!used.add(((long) gx << 32) ^ (gy & 0xffffffffL))) {
                    continue;
                }
                double e = centre[0] + gx * BLOCK_M + random.nextGaussian() * 12;
                double n = centre[1] + gy * BLOCK_M + random.nextGaussian() * 12;
                LonLat p = GaussKruger.CM_114E.inverse(e, n);
                if (!area.contains(p)) {
                    continue;
                }
                int serial = nextSerial(ResourceKind.CAMERA);
                boolean dome = random.nextDouble() < 0.2;
                double heading = random.nextInt(4) * 90 + random.nextGaussian() * 8;
                Camera cam = new Camera(String.format("XC-%s-%03d", c.code().substring(4), serial), heading,
                        dome ? 360 : 55 + random.nextInt(5) * 10, dome ? 80 + random.nextInt(40) : 120 + random.nextInt(100),
                        random.nextDouble() < 0.9, phone());
                out.add(resource(ResourceKind.CAMERA, c, p,
                        NAME_PREFIX + c.nameZh() + "路口监控点" + serial, cam, serial));
                placed++;
            }
        }
    }

    private void enterprises(List<Resource> out) {
        String[] industries = {"化工", "食品加工", "发制品", "机械制造", "电力", "建材", "纺织", "烟花爆竹", "医药", "物流"};
        int total = STATE_ENTERPRISES + ABOVE_SCALE_ENTERPRISES;
        Map<County, Integer> counts = apportion(total);
        int made = 0;
        int state = 0;
        for (County c : County.values()) {
            for (int i = 0; i < counts.get(c); i++, made++) {
                // Spread the 22 state-controlled ones at random, forcing the tail if the draw fell short.
                boolean stateControlled = state < STATE_ENTERPRISES
                        && (random.nextDouble() < 0.12 || total - made <= STATE_ENTERPRISES - state);
                if (stateControlled) {
                    state++;
                }
                int serial = nextSerial(ResourceKind.ENTERPRISE);
                String industry = industries[random.nextInt(industries.length)];
                Enterprise e = new Enterprise(stateControlled ? Ownership.STATE_CONTROLLED : Ownership.NON_STATE,
                        true, industry, true, "安全员" + (char) ('甲' + random.nextInt(10)), phone());
                LonLat p = random.nextDouble() < 0.6 ? nearTown(c, 4000) : anywhere(c);
                out.add(resource(ResourceKind.ENTERPRISE, c, p,
                        NAME_PREFIX + c.nameZh() + industry + (stateControlled ? "国有公司" : "有限公司") + serial, e, serial));
            }
        }
    }

    private Named school(County c, int serial) {
        boolean primary = random.nextDouble() < 0.65;
        int pupils = primary ? 200 + random.nextInt(1400) : 600 + random.nextInt(2600);
        return new Named(NAME_PREFIX + c.nameZh() + "第" + serial + (primary ? "小学" : "中学"),
                new School(pupils, true, phone()));
    }

    private Named kindergarten(County c, int serial) {
        return new Named(NAME_PREFIX + c.nameZh() + "第" + serial + "幼儿园",
                new Kindergarten(60 + random.nextInt(340), true, phone()));
    }

    private Named hazardSource(County c, int serial) {
        HazardCategory[] cats = {HazardCategory.HAZARDOUS_CHEMICALS, HazardCategory.HAZARDOUS_CHEMICALS,
                HazardCategory.GAS, HazardCategory.MINE, HazardCategory.DAM_RESERVOIR, HazardCategory.FIREWORKS};
        HazardCategory cat = cats[random.nextInt(cats.length)];
        double g = random.nextDouble();
        HazardGrade grade = g < 0.08 ? HazardGrade.I : g < 0.25 ? HazardGrade.II : g < 0.6 ? HazardGrade.III : HazardGrade.IV;
        List<SubstanceAmount> substances = switch (cat) {
            case HAZARDOUS_CHEMICALS -> List.of(new SubstanceAmount("液氯", 5 + random.nextInt(40)),
                    new SubstanceAmount("甲醇", 100 + random.nextInt(900)));
            case GAS -> List.of(new SubstanceAmount("液化石油气", 20 + random.nextInt(200)));
            case FIREWORKS -> List.of(new SubstanceAmount("烟火药", 1 + random.nextInt(20)));
            default -> List.of();
        };
        String label = switch (cat) {
            case HAZARDOUS_CHEMICALS -> "化学品储罐区";
            case GAS -> "燃气储配站";
            case MINE -> "煤矿";
            case DAM_RESERVOIR -> "水库大坝";
            case FIREWORKS -> "烟花爆竹仓库";
            default -> "危险源";
        };
        return new Named(NAME_PREFIX + c.nameZh() + label + serial,
                new HazardSource(cat, grade, substances, NAME_PREFIX + "企业" + serial, "负责人" + serial, phone()));
    }

    private Named shelter(County c, int serial) {
        double r = random.nextDouble();
        ShelterClass cls = r < 0.06 ? ShelterClass.CENTRAL : r < 0.35 ? ShelterClass.FIXED : ShelterClass.EMERGENCY;
        int capacity = switch (cls) {
            case CENTRAL -> 30000 + random.nextInt(30000);
            case FIXED -> 5000 + random.nextInt(15000);
            case EMERGENCY -> 500 + random.nextInt(2500);
        };
        double state = random.nextDouble();
        int occupied = state < 0.08 ? capacity : state < 0.25 ? random.nextInt(capacity) : 0;
        Set<ShelterFacility> facilities = EnumSet.of(ShelterFacility.WATER, ShelterFacility.TOILETS);
        if (cls != ShelterClass.EMERGENCY) {
            facilities.addAll(EnumSet.of(ShelterFacility.POWER, ShelterFacility.MEDICAL, ShelterFacility.BROADCAST));
        }
        String type = switch (cls) {
            case CENTRAL -> "中心避难场所";
            case FIXED -> "固定避难场所";
            case EMERGENCY -> "紧急避难场所";
        };
        double areaM2 = capacity * (cls == ShelterClass.EMERGENCY ? 1.5 : 2.5);
        return new Named(NAME_PREFIX + c.nameZh() + type + serial,
                new Shelter(cls, capacity, occupied, areaM2, facilities, random.nextDouble() < 0.9, phone()));
    }

    private Named rescueTeam(County c, int serial) {
        TeamType[] types = {TeamType.FIRE, TeamType.FIRE, TeamType.FIRE, TeamType.MEDICAL, TeamType.MEDICAL,
                TeamType.HAZMAT, TeamType.FLOOD_CONTROL, TeamType.MINE_RESCUE, TeamType.POWER,
                TeamType.COMMUNICATIONS, TeamType.VOLUNTEER};
        TeamType type = types[random.nextInt(types.length)];
        String label = switch (type) {
            case FIRE -> "消防救援站";
            case MEDICAL -> "医疗救护队";
            case HAZMAT -> "危化品处置队";
            case FLOOD_CONTROL -> "防汛抢险队";
            case MINE_RESCUE -> "矿山救护队";
            case POWER -> "电力抢修队";
            case COMMUNICATIONS -> "通信保障队";
            case VOLUNTEER -> "志愿者救援队";
        };
        List<String> equipment = switch (type) {
            case FIRE -> List.of("水罐消防车", "抢险救援车", "破拆工具");
            case MEDICAL -> List.of("救护车", "担架", "除颤仪");
            case HAZMAT -> List.of("防化服", "气体检测仪", "洗消设备");
            case FLOOD_CONTROL -> List.of("冲锋舟", "抽水泵", "沙袋");
            default -> List.of("通用救援装备");
        };
        int turnout = type == TeamType.FIRE ? 1 + random.nextInt(3) : 3 + random.nextInt(13);
        return new Named(NAME_PREFIX + c.nameZh() + label + serial,
                new RescueTeam(type, 10 + random.nextInt(110), equipment, turnout, random.nextDouble() < 0.82, phone()));
    }

    private Named supplyDepot(County c, int serial) {
        List<SupplyStock> stocks = new ArrayList<>();
        stocks.add(new SupplyStock("1010101", "帐篷", 50 + random.nextInt(500), "顶"));
        stocks.add(new SupplyStock("1020201", "棉被", 200 + random.nextInt(3000), "床"));
        stocks.add(new SupplyStock("1030101", "饮用水", 1000 + random.nextInt(9000), "箱"));
        if (random.nextBoolean()) {
            stocks.add(new SupplyStock("2010301", "救生衣", 100 + random.nextInt(900), "件"));
            stocks.add(new SupplyStock("2040101", "发电机", 2 + random.nextInt(20), "台"));
        }
        if (random.nextBoolean()) {
            stocks.add(new SupplyStock("3010201", "编织袋(沙袋)", 5000 + random.nextInt(50000), "条"));
        }
        return new Named(NAME_PREFIX + c.nameZh() + "应急物资储备库" + serial, new SupplyDepot(stocks, phone()));
    }

    private Named rescueBase(County c, int serial) {
        List<String> caps = List.of("人员集结", "装备储备", "直升机起降").subList(0, 1 + random.nextInt(3));
        return new Named(NAME_PREFIX + c.nameZh() + "应急救援基地" + serial, new RescueBase(caps, phone()));
    }

    private Resource resource(ResourceKind kind, County county, LonLat p, String name, ResourceDetails details, int serial) {
        UUID id = UUID.nameUUIDFromBytes(("xems-sample:" + seed + ":" + kind.code() + ":" + serial)
                .getBytes(StandardCharsets.UTF_8));
        return new Resource(id, kind, name, p, GeometryCodec.FACTORY.createPoint(new Coordinate(p.lon(), p.lat())),
                county.code(), true, Provenance.created(SOURCE, createdAt, SOURCE, "EPSG:4490"), details);
    }

    private int nextSerial(ResourceKind kind) {
        return serials.merge(kind, 1, Integer::sum);
    }

    /** Splits {@code total} over the counties by population share (largest remainder, so it sums exactly). */
    private static Map<County, Integer> apportion(int total) {
        Map<County, Integer> out = new EnumMap<>(County.class);
        int assigned = 0;
        for (County c : County.values()) {
            int n = (int) Math.floor(total * POPULATION_SHARE.get(c));
            out.put(c, n);
            assigned += n;
        }
        County[] order = County.values();
        java.util.Arrays.sort(order, (a, b) -> Double.compare(frac(total, b), frac(total, a)));
        for (int i = 0; assigned < total; i++, assigned++) {
            out.merge(order[i % order.length], 1, Integer::sum);
        }
        return out;
    }

    private static double frac(int total, County c) {
        double x = total * POPULATION_SHARE.get(c);
        return x - Math.floor(x);
    }

    private LonLat nearTown(County c, double sigmaM) {
        CountyArea area = areas.get(c);
        double[] centre = GaussKruger.CM_114E.forward(area.town());
        for (int i = 0; i < 200; i++) {
            LonLat p = GaussKruger.CM_114E.inverse(centre[0] + random.nextGaussian() * sigmaM,
                    centre[1] + random.nextGaussian() * sigmaM);
            if (area.contains(p)) {
                return p;
            }
        }
        return anywhere(c);
    }

    private LonLat anywhere(County c) {
        CountyArea area = areas.get(c);
        Envelope e = area.envelope();
        while (true) {
            LonLat p = new LonLat(e.getMinX() + random.nextDouble() * e.getWidth(),
                    e.getMinY() + random.nextDouble() * e.getHeight());
            if (area.contains(p)) {
                return p;
            }
        }
    }

    private String phone() {
        // 0374 is Xuchang's area code; subscriber numbers never start with 0, so these cannot ring anyone.
        return String.format("0374-0%06d", random.nextInt(1_000_000));
    }

    private record CountyArea(County county, PreparedGeometry polygon, Envelope envelope, LonLat town) {
        boolean contains(LonLat p) {
            return polygon.contains(GeometryCodec.FACTORY.createPoint(new Coordinate(p.lon(), p.lat())));
        }
    }
}
