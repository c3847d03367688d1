package cn.xuchang.ems.app.ui.roads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xuchang.ems.app.ui.query.QueryData;
import cn.xuchang.ems.app.ui.query.QueryResultMap;
import cn.xuchang.ems.app.ui.query.QueryStrings;
import cn.xuchang.ems.app.ui.query.QueryViewModel;
import cn.xuchang.ems.app.ui.query.ResultRow;
import cn.xuchang.ems.data.crs.Geodesy;
import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.data.domain.Provenance;
import cn.xuchang.ems.data.domain.RescueTeam;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.data.domain.School;
import cn.xuchang.ems.data.domain.TeamType;
import cn.xuchang.ems.map.routing.Barriers;
import cn.xuchang.ems.map.routing.RoadRoute;
import cn.xuchang.ems.map.routing.ServiceAreaBand;
import cn.xuchang.ems.map.routing.TravelTimeHit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The road view-model without the window, on the real Monaco extract imported through it: travel-time
 * nearest from the query panel, the straight-line fallback, failed imports, barriers, service areas.
 */
class RoadNetworkModelTest {
    static final LonLat MONTE_CARLO = new LonLat(7.4275, 43.7394);
    static final LonLat FONTVIEILLE = new LonLat(7.4160, 43.7280);
    static final LonLat LARVOTTO = new LonLat(7.4350, 43.7460);
    private static final LonLat XUCHANG = new LonLat(113.852, 34.036);

    private static final Executor WORKER = cn.xuchang.ems.app.ui.FxTestThread.worker("roads-test-worker");

    @TempDir
    static Path dataDir;
    static RoadNetworkModel model;
    static final List<List<RouteLine>> drawnRoutes = new ArrayList<>();
    static final List<List<ServiceAreaBand>> drawnBands = new ArrayList<>();
    static final List<Resource> RESOURCES = List.of(
            team("Fontvieille fire", FONTVIEILLE, 2),
            team("Larvotto fire", LARVOTTO, 0),
            team("Xuchang fire", XUCHANG, 0),
            school("Monte-Carlo school", new LonLat(7.4240, 43.7370)),
            school("Larvotto school", new LonLat(7.4330, 43.7440)));

    @BeforeAll
    static void importMonacoThroughTheModel() throws Exception {
        cn.xuchang.ems.app.ui.FxTestThread.start();
        model = onFx(() -> new RoadNetworkModel(RoadStrings.forLocale(Locale.ENGLISH), recordingMap(), WORKER));
        onFx(() -> {
            model.dataProperty().set(QueryData.of(RESOURCES, List.of()));
            model.open(dataDir);
            return null;
        });
        awaitUntil(() -> fx(() -> model.networkTextProperty().get().startsWith("No road network")));
        onFx(() -> model.importFile(monaco()));
        awaitUntil(() -> fx(() -> !model.importingProperty().get() && model.networkProperty().get() != null));
        assertThat(onFx(() -> model.statusProperty().get())).isEqualTo("Road network imported: monaco.osm.pbf");
    }

    @Test
    void reportsTheImportedNetworkAndItsExtent() throws Exception {
        String text = onFx(() -> model.networkTextProperty().get());
        assertThat(text).startsWith("Road network: ").contains("monaco.osm.pbf").contains("7.4");
    }

    @Test
    void ranksTheQueryPanelsNearestByTravelTimeAndDrawsTheRoutes() throws Exception {
        drawnRoutes.clear();
        QueryViewModel query = queryModel(MONTE_CARLO, 2);
        List<ResultRow> rows = onFx(() -> List.copyOf(query.rows()));
        RoadAnswer answer = onFx(() -> model.answerProperty().get());
        assertThat(answer.byRoad()).isTrue();
        assertThat(rows).extracting(ResultRow::name).containsExactlyInAnyOrder("Fontvieille fire", "Larvotto fire");
        List<TravelTimeHit> hits = rows.stream().map(r -> answer.hits().get(r.id())).toList();
        assertThat(hits).allSatisfy(h -> {
            assertThat(h.travelS()).isPositive();
            assertThat(h.totalS()).isCloseTo(h.travelS() + h.turnoutS(), org.assertj.core.api.Assertions.within(1e-6));
            // a road is never shorter than the straight line between the snapped ends
            assertThat(h.roadM()).isGreaterThan(0.8 * Geodesy.distance(h.resource().location(), MONTE_CARLO));
        });
        assertThat(hits.get(0).totalS()).isLessThanOrEqualTo(hits.get(1).totalS());
        assertThat(rows.get(0).etaMin()).isEqualTo(hits.get(0).totalS() / 60);
        assertThat(onFx(() -> model.answerNoteProperty().get())).startsWith("Ranked by travel time");
        awaitUntil(() -> fx(() -> !drawnRoutes.isEmpty()));
        List<RouteLine> routes = onFx(() -> drawnRoutes.get(drawnRoutes.size() - 1));
        assertThat(routes).hasSize(2).allSatisfy(r -> {
            assertThat(r.points().size()).isGreaterThan(2);
            assertThat(Geodesy.distance(r.points().get(r.points().size() - 1), MONTE_CARLO)).isLessThan(300);
        });
    }

    @Test
    void keepsTheLabelledStraightLineAnswerWhenTheIncidentIsOffTheNetwork() throws Exception {
        QueryViewModel query = queryModel(XUCHANG, 1);
        List<ResultRow> rows = onFx(() -> List.copyOf(query.rows()));
        assertThat(rows).extracting(ResultRow::name).containsExactly("Xuchang fire");
        assertThat(onFx(() -> model.answerProperty().get().byRoad())).isFalse();
        assertThat(onFx(() -> model.answerNoteProperty().get()))
                .startsWith("Straight-line distance (not covered by the road network): ");
    }

    @Test
    void aBrokenFileIsRefusedAndThePreviousNetworkStays(@TempDir Path tmp) throws Exception {
        Path broken = Files.writeString(tmp.resolve("broken.osm.pbf"), "this is not OpenStreetMap data");
        RoadImportTask task = onFx(() -> model.importFile(broken));
        // the previous network comes back before the task's failure is handled (which writes the
        // message): wait for both, or the status may still be the task's progress text
        awaitUntil(() -> fx(() -> task.getState() == javafx.concurrent.Worker.State.FAILED
                && !model.importingProperty().get() && model.networkProperty().get() != null));
        assertThat(onFx(() -> model.statusProperty().get())).contains("previous network is kept").contains("broken.osm.pbf");
        assertThat(onFx(() -> model.networkTextProperty().get())).contains("monaco.osm.pbf");
    }

    @Test
    void aCancelledImportKeepsTheNetworkInUse() throws Exception {
        onFx(() -> {
            model.importFile(monaco()).cancel();
            return null;
        });
        assertThat(onFx(() -> model.statusProperty().get())).isEqualTo("Import cancelled, the previous network is kept");
        // no second import while the first one still winds down (a cancel before the worker began ends at once)
        if (onFx(() -> model.importingProperty().get())) {
            assertThatThrownBy(() -> onFx(() -> model.importFile(monaco()))).hasMessageContaining("still running");
        }
        awaitUntil(() -> fx(() -> !model.importingProperty().get()));
        assertThat(onFx(() -> model.networkProperty().get())).isNotNull();
        assertThat(onFx(() -> model.networkTextProperty().get())).contains("monaco.osm.pbf");
    }

    @Test
    void aZoneMarkedAsBarrierMakesTheRouteGoAround() throws Exception {
        Resource from = RESOURCES.get(0);
        RoadRoute open = route(from);
        assertThat(open.found()).isTrue();
        var mid = open.geometry().getCoordinateN(open.geometry().getNumPoints() / 2);
        try {
            onFx(() -> {
                model.addZoneBarrier(new LonLat(mid.x, mid.y), 40);
                return null;
            });
            assertThat(onFx(() -> model.barriersProperty().get().zones())).hasSize(1);
            RoadRoute around = route(from);
            assertThat(!around.found() || around.distanceM() > open.distanceM() + 1)
                    .as("route avoids the zone: %s m open, %s m with barrier", open.distanceM(), around.distanceM())
                    .isTrue();
        } finally {
            onFx(() -> {
                model.clearBarriers();
                return null;
            });
        }
        assertThat(onFx(() -> model.barriersProperty().get())).isEqualTo(Barriers.NONE);
    }

    @Test
    void serviceAreasNestAndCountTheDemandCovered() throws Exception {
        drawnBands.clear();
        assertThat(onFx(() -> model.serviceAreas(ResourceKind.RESCUE_TEAM, true, "2, 5", ResourceKind.SCHOOL, false)))
                .isTrue();
        awaitUntil(() -> fx(() -> !drawnBands.isEmpty()));
        List<ServiceAreaBand> bands = onFx(() -> drawnBands.get(0));
        assertThat(bands).extracting(ServiceAreaBand::minutes).containsExactly(2, 5);
        assertThat(bands.get(1).area().covers(bands.get(0).area())).isTrue();
        assertThat(bands.get(1).covered()).isGreaterThanOrEqualTo(bands.get(0).covered());
        assertThat(bands.get(1).covered()).isEqualTo(2);
        assertThat(onFx(() -> model.serviceAreaTextProperty().get())).contains("5 min").contains("covers 2/2");
    }

    @Test
    void unreadableMinuteBreaksAreRefusedWithTheFix() {
        assertThatThrownBy(() -> RoadNetworkModel.parseMinutes("5,ten")).hasMessageContaining("'ten'")
                .hasMessageContaining("5,10,15");
        assertThat(RoadNetworkModel.parseMinutes("5，10 15")).containsExactly(5, 10, 15);
    }

    private static RoadRoute route(Resource from) throws Exception {
        RoadRoute before = onFx(() -> model.routeProperty().get());
        onFx(() -> {
            model.route(from, MONTE_CARLO, Locale.ENGLISH);
            return null;
        });
        awaitUntil(() -> fx(() -> model.routeProperty().get() != before && !model.busyProperty().get()));
        return onFx(() -> model.routeProperty().get());
    }

    private static QueryViewModel queryModel(LonLat incident, int k) throws Exception {
        QueryViewModel query = onFx(() -> {
            QueryViewModel q = new QueryViewModel(QueryStrings.forLocale(Locale.ENGLISH), QueryResultMap.NONE);
            q.setTaskFactory(model::taskFor);
            q.dataProperty().set(model.dataProperty().get());
            q.incidentProperty().set(incident);
            q.kProperty().set(k);
            q.availableOnlyProperty().set(false);
            assertThat(q.run(WORKER)).isTrue();
            return q;
        });
        awaitUntil(() -> fx(() -> !query.runningProperty().get()));
        assertThat(onFx(() -> query.statusProperty().get())).doesNotContain("failed");
        return query;
    }

    private static RoadMap recordingMap() {
        return new RoadMap() {
            @Override
            public void showRoutes(List<RouteLine> routes, boolean zoom) {
                drawnRoutes.add(routes);
            }

            @Override
            public void showServiceAreas(List<ServiceAreaBand> bands) {
                drawnBands.add(bands);
            }

            @Override
            public void showBarriers(Barriers barriers) {
            }
        };
    }

    static Path monaco() throws Exception {
        return Path.of(RoadNetworkModelTest.class.getResource("/osm/monaco.osm.pbf").toURI());
    }

    static Resource team(String name, LonLat at, int turnout) {
        return new Resource(UUID.randomUUID(), ResourceKind.RESCUE_TEAM, name, at,
                new GeometryFactory().createPoint(new Coordinate(at.lon(), at.lat())), "", false,
                Provenance.created("test", Instant.now(), "RoadNetworkModelTest", "EPSG:4326"),
                new RescueTeam(TeamType.FIRE, 12, List.of(), turnout, true, ""));
    }

    static Resource school(String name, LonLat at) {
        return new Resource(UUID.randomUUID(), ResourceKind.SCHOOL, name, at,
                new GeometryFactory().createPoint(new Coordinate(at.lon(), at.lat())), "", false,
                Provenance.created("test", Instant.now(), "RoadNetworkModelTest", "EPSG:4326"),
                new School(300, true, ""));
    }

    private static void awaitUntil(BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition met in time").isLessThan(until);
            Thread.sleep(25);
        }
    }

    private static boolean fx(Callable<Boolean> c) {
        try {
            return onFx(c);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static <T> T onFx(Callable<T> work) throws Exception {
        return cn.xuchang.ems.app.ui.FxTestThread.call(work);
    }
}
