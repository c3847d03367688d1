package cn.xuchang.ems.map.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.data.domain.Resource;
import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.NodeAccess;
import com.graphhopper.util.EdgeIterator;
import com.graphhopper.util.FetchMode;
import com.graphhopper.util.PointList;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.linearref.LengthIndexedLine;

class ServiceAreasTest {
    private static final GeometryFactory GF = new GeometryFactory();
    private static final List<Integer> BREAKS = List.of(5, 10, 15);

    private static Resource station() {
        return AndorraFixture.team("station", RoutePlannerTest.ANDORRA_LA_VELLA, 0);
    }

    private static Point point(double lon, double lat) {
        return GF.createPoint(new Coordinate(lon, lat));
    }

    @ParameterizedTest
    @EnumSource(RoadProfile.class)
    void containsEveryNodeReachedWithinEachBreak(RoadProfile profile) {
        RoadNetwork net = AndorraFixture.network();
        ServiceAreaRequest request = new ServiceAreaRequest(List.of(station()), BREAKS, profile, Barriers.NONE, false, List.of());
        ServiceAreas areas = new ServiceAreas(net);
        ServiceAreaResult result = areas.compute(request);
        ServiceAreas.Computation c = areas.search(request);
        NodeAccess na = c.graph.getNodeAccess();
        for (ServiceAreaBand band : result.bands()) {
            long limit = band.minutes() * 60_000L;
            var area = org.locationtech.jts.geom.prep.PreparedGeometryFactory.prepare(band.area());
            int checked = 0;
            for (var cursor : c.tree.settledNodes().values()) {
                TravelTimeTree.Label l = cursor.value;
                if (l.timeMs <= limit) {
                    assertThat(area.covers(point(na.getLon(l.node), na.getLat(l.node))))
                            .as("node %d reached at %d ms inside the %d-minute area", l.node, l.timeMs, band.minutes()).isTrue();
                    checked++;
                }
            }
            assertThat(checked).isGreaterThan(20);
            assertThat(band.area().isValid()).isTrue();
        }
    }

    @Test
    void leavesOutNodesReachedLaterUnlessBesideAReachedRoad() {
        RoadNetwork net = AndorraFixture.network();
        ServiceAreaRequest request = ServiceAreaRequest.of(List.of(station()), BREAKS);
        ServiceAreas areas = new ServiceAreas(net);
        ServiceAreaResult result = areas.compute(request);
        ServiceAreas.Computation c = areas.search(request);
        NodeAccess na = c.graph.getBaseGraph().getNodeAccess();
        double lat0 = RoutePlannerTest.ANDORRA_LA_VELLA.lat();
        double kx = 111_320 * Math.cos(Math.toRadians(lat0));
        Random random = new Random(3);
        for (ServiceAreaBand band : result.bands()) {
            long limit = band.minutes() * 60_000L;
            STRtree pieces = reachedPieces(c, limit, kx);
            int beyond = 0;
            int outside = 0;
            for (int n = 0; n < c.graph.getBaseGraph().getNodes(); n++) {
                TravelTimeTree.Label l = c.tree.settled(n);
                if ((l != null && l.timeMs <= limit) || random.nextInt(3) != 0) {
                    continue;   // reached in time, or not in the sample
                }
                beyond++;
                Point p = point(na.getLon(n) * kx, na.getLat(n) * 111_320);
                if (band.area().covers(point(na.getLon(n), na.getLat(n)))) {
                    double d = nearestDistance(pieces, p, result.maxReachM() * 2);
                    assertThat(d).as("node %d (reached %s) inside the %d-minute area is %f m from any road reached in time",
                            n, l == null ? "never" : l.timeMs + " ms", band.minutes(), d).isLessThanOrEqualTo(result.maxReachM());
                } else {
                    outside++;
                }
            }
            assertThat(beyond).isGreaterThan(50);
            assertThat(outside).as("sampled nodes beyond %d minutes left out", band.minutes()).isGreaterThan(beyond / 2);
        }
    }

    /** Reached parts of roads, computed independently with JTS linear referencing, in metres. */
    private static STRtree reachedPieces(ServiceAreas.Computation c, long limit, double kx) {
        STRtree index = new STRtree();
        Weighting w = c.graph.wrapWeighting(AndorraFixture.network().weighting(RoadProfile.EMERGENCY));
        var explorer = c.graph.createEdgeExplorer();
        for (var cursor : c.tree.settledNodes().values()) {
            TravelTimeTree.Label l = cursor.value;
            if (l.timeMs > limit) {
                continue;
            }
            EdgeIterator it = explorer.setBaseNode(l.node);
            while (it.next()) {
                if (Double.isInfinite(w.calcEdgeWeight(it, false))) {
                    continue;
                }
                long ms = w.calcEdgeMillis(it, false);
                double f = ms == 0 ? 1 : Math.min(1, (double) (limit - l.timeMs) / ms);
                PointList pl = it.fetchWayGeometry(FetchMode.ALL);
                Coordinate[] cs = new Coordinate[Math.max(2, pl.size())];
                for (int i = 0; i < pl.size(); i++) {
                    cs[i] = new Coordinate(pl.getLon(i) * kx, pl.getLat(i) * 111_320);
                }
                if (pl.size() == 1) {
                    cs[1] = cs[0];
                }
                LineString line = GF.createLineString(cs);
                Geometry piece = new LengthIndexedLine(line).extractLine(0, f * line.getLength());
                index.insert(piece.getEnvelopeInternal(), piece);
            }
        }
        index.build();
        return index;
    }

    private static double nearestDistance(STRtree index, Point p, double searchM) {
        var env = p.getEnvelopeInternal();
        env.expandBy(searchM);
        double best = Double.MAX_VALUE;
        for (Object o : index.query(env)) {
            best = Math.min(best, ((Geometry) o).distance(p));
        }
        return best;
    }

    @Test
    void bandsNestWithoutSliversOrSmallEmptyHoles() {
        RoadNetwork net = AndorraFixture.network();
        List<Resource> stations = List.of(station(), AndorraFixture.team("encamp", RoutePlannerTest.ENCAMP, 0));
        ServiceAreaRequest request = ServiceAreaRequest.of(stations, BREAKS);
        ServiceAreas areas = new ServiceAreas(net);
        ServiceAreaResult result = areas.compute(request);
        ServiceAreas.Computation c = areas.search(request);
        NodeAccess na = net.graph().getNodeAccess();
        double minPartKm2 = 0.04;   // one 100 m-reach square around a single road point is ~0.05 km²
        for (int b = 0; b < result.bands().size(); b++) {
            ServiceAreaBand band = result.bands().get(b);
            long limit = band.minutes() * 60_000L;
            if (b > 0) {
                assertThat(band.area().covers(result.bands().get(b - 1).area())).as("%d-minute area contains the smaller one", band.minutes()).isTrue();
                assertThat(band.areaKm2()).isGreaterThan(result.bands().get(b - 1).areaKm2());
            }
            MultiPolygon mp = band.area();
            for (int p = 0; p < mp.getNumGeometries(); p++) {
                Polygon part = (Polygon) mp.getGeometryN(p);
                double km2 = part.getArea() * 111.32 * 111.32 * Math.cos(Math.toRadians(42.5));
                assertThat(km2).as("part %d of the %d-minute area is a sliver", p, band.minutes()).isGreaterThan(minPartKm2);
                for (int h = 0; h < part.getNumInteriorRing(); h++) {
                    Polygon hole = GF.createPolygon(part.getInteriorRingN(h).getCoordinates());
                    boolean holdsUnreachedJunction = false;
                    for (int n = 0; n < net.graph().getNodes() && !holdsUnreachedJunction; n++) {
                        TravelTimeTree.Label l = c.tree.settled(n);
                        holdsUnreachedJunction = (l == null || l.timeMs > limit) && hole.covers(point(na.getLon(n), na.getLat(n)));
                    }
                    double holeM2 = hole.getArea() * 111_320 * 111_320 * Math.cos(Math.toRadians(42.5));
                    assertThat(holdsUnreachedJunction || holeM2 > ServiceAreaRaster.MAX_FILLED_HOLE_M2)
                            .as("hole %d of part %d of the %d-minute area (%.0f m²) holds a junction not reached in time or is large",
                                    h, p, band.minutes(), holeM2).isTrue();
                }
            }
        }
    }

    @Test
    void startIsInsideEvenTheSmallestArea() {
        RoadNetwork net = AndorraFixture.network();
        for (LonLat start : AndorraFixture.pointsNearRoads(net, 10, 77)) {
            Resource team = AndorraFixture.team("start-" + start, start, 0);
            ServiceAreaResult result = new ServiceAreas(net).compute(ServiceAreaRequest.of(List.of(team), List.of(1, 5)));
            for (ServiceAreaBand band : result.bands()) {
                Geometry disk = point(start.lon(), start.lat()).buffer(0.0004);   // ~35 m around the start
                assertThat(band.area().covers(disk)).as("%d-minute area around %s has no hole at the start", band.minutes(), start).isTrue();
            }
        }
    }

    @Test
    void coverageAgreesWithTheNearestAnswer() {
        RoadNetwork net = AndorraFixture.network();
        List<Resource> teams = AndorraFixture.teams(net, 6, 5, 21);
        List<Resource> schools = new ArrayList<>();
        List<LonLat> points = AndorraFixture.pointsNearRoads(net, 40, 22);
        for (int i = 0; i < points.size(); i++) {
            schools.add(AndorraFixture.team("school-" + i, points.get(i), 0));
        }
        ServiceAreaResult result = new ServiceAreas(net).compute(new ServiceAreaRequest(teams, BREAKS, RoadProfile.EMERGENCY,
                Barriers.NONE, true, schools));
        TravelTimeNearest nearest = new TravelTimeNearest(net);
        int[] coveredByNearest = new int[BREAKS.size()];
        for (Resource school : schools) {
            TravelTimeAnswer a = nearest.find(NearestByTimeRequest.of(teams, school.location(), 1));
            double best = a.hits().isEmpty() ? Double.MAX_VALUE : a.hits().get(0).totalS();
            Double byArea = result.demandTimesS().get(school.id());
            if (best <= 15 * 60) {
                assertThat(byArea).as("school %s", school.name()).isNotNull();
                assertThat(byArea).isCloseTo(best, within(1.0));
            } else {
                assertThat(byArea).isNull();
            }
            for (int b = 0; b < BREAKS.size(); b++) {
                if (best <= BREAKS.get(b) * 60) {
                    coveredByNearest[b]++;
                }
            }
        }
        for (int b = 0; b < BREAKS.size(); b++) {
            assertThat(result.bands().get(b).covered()).isEqualTo(coveredByNearest[b]);
            assertThat(result.bands().get(b).demand()).isEqualTo(40);
        }
        assertThat(result.bands().get(2).coverageShare()).isGreaterThan(result.bands().get(0).coverageShare());
    }

    @Test
    void hazardZoneShrinksTheAreaAndCutsOffWhatLiesBehindIt() {
        RoadNetwork net = AndorraFixture.network();
        RoadRoute toEncamp = new RoutePlanner(net).route(RoutePlannerTest.ANDORRA_LA_VELLA, RoutePlannerTest.ENCAMP,
                RoadProfile.EMERGENCY, Barriers.NONE, null);
        Coordinate mid = toEncamp.geometry().getCoordinateN(toEncamp.geometry().getNumPoints() / 2);
        Polygon zone = (Polygon) point(mid.x, mid.y).buffer(0.003);
        ServiceAreaResult open = new ServiceAreas(net).compute(ServiceAreaRequest.of(List.of(station()), List.of(10)));
        ServiceAreaResult blocked = new ServiceAreas(net).compute(new ServiceAreaRequest(List.of(station()), List.of(10),
                RoadProfile.EMERGENCY, Barriers.zones(List.of(zone)), false, List.of()));
        Point encamp = point(RoutePlannerTest.ENCAMP.lon(), RoutePlannerTest.ENCAMP.lat());
        assertThat(open.bands().get(0).area().covers(encamp)).isTrue();
        assertThat(blocked.bands().get(0).area().covers(encamp)).isFalse();
        assertThat(blocked.bands().get(0).areaKm2()).isLessThan(open.bands().get(0).areaKm2());
    }
}
