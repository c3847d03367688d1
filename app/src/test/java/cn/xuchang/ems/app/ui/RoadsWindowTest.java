package cn.xuchang.ems.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.ems.app.ui.query.QueryData;
import cn.xuchang.ems.app.ui.query.QueryMode;
import cn.xuchang.ems.app.ui.roads.RoadOverlayLayer;
import cn.xuchang.ems.app.ui.roads.RouteLine;
import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.data.domain.Provenance;
import cn.xuchang.ems.data.domain.RescueTeam;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.data.domain.TeamType;
import cn.xuchang.ems.map.projection.Viewport;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.Group;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.shape.Polyline;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window with a road network: Monaco imported through the road action's task, a nearest
 * query by travel time from the query panel's button, routes drawn on the map in the route colour,
 * and a route with its turn list from a result row.
 */
class RoadsWindowTest {
    private static final LonLat MONTE_CARLO = new LonLat(7.4275, 43.7394);
    private static RunningMapWindow window;

    @BeforeAll
    static void startWindow() throws Exception {
        System.setProperty("headless.geometry", "1440x900-32");
        window = RunningMapWindow.start("zh");
    }

    @AfterAll
    static void closeWindow() throws Exception {
        if (window != null) {
            window.close();
        }
    }

    @Test
    void importsMonacoAndDrawsTheTravelTimeRoutesOfTheNearestTeams() throws Exception {
        MainWindow w = window.app.window();
        Path monaco = Path.of(RoadsWindowTest.class.getResource("/osm/monaco.osm.pbf").toURI());
        // the window indexes its own resources after the first frame: wait, then replace them below
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.fx(() -> w.queryModel().dataProperty().get() != null));
        window.fxRun(() -> w.roadActions().importFile(monaco));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.fx(
                () -> !w.roadModel().importingProperty().get() && w.roadModel().networkProperty().get() != null));
        assertThat(window.fx(() -> w.roadModel().networkTextProperty().get())).startsWith("路网:").contains("monaco");

        // the sample workspace has no resources in Monaco: the panel queries three teams placed there
        window.fxRun(() -> {
            w.queryModel().dataProperty().set(QueryData.of(List.of(
                    team("丰维耶消防站", new LonLat(7.4160, 43.7280), 2),
                    team("拉尔沃托消防站", new LonLat(7.4350, 43.7460), 0),
                    team("摩纳哥城救援队", new LonLat(7.4230, 43.7310), 5)), List.of()));
            w.setIncident(MONTE_CARLO);
            w.queryModel().modeProperty().set(QueryMode.NEAREST);
            w.queryModel().kindProperty().set(ResourceKind.RESCUE_TEAM);
        });
        WaitForAsyncUtils.waitForFxEvents();
        // fired rather than clicked: a robot click is lost when another test class started the toolkit first
        javafx.scene.control.Button run = window.robot.lookup(".button").match(LabeledMatchers.hasText("查询")).queryButton();
        window.fxRun(run::fire);
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.fx(
                    () -> !w.queryModel().runningProperty().get() && w.roadLayer().routes().size() == 3));
        } catch (java.util.concurrent.TimeoutException e) {
            window.snapshotWindow("roads-nearest-failed-zh");
            throw new AssertionError("no routes; query status: " + window.fx(() -> w.queryModel().statusProperty().get())
                    + "; road note: " + window.fx(() -> w.roadModel().answerNoteProperty().get()), e);
        }

        assertThat(window.fx(() -> w.roadModel().answerNoteProperty().get())).startsWith("按行车时间排序");
        List<RouteLine> routes = window.fx(() -> w.roadLayer().routes());
        Viewport v = window.awaitFrame().viewport();
        WritableImage shot = window.mapSnapshot();
        window.snapshotWindow("roads-nearest-zh");
        int onRoute = 0;
        int sampled = 0;
        PixelReader px = shot.getPixelReader();
        for (RouteLine r : routes) {
            for (LonLat p : r.points()) {
                var s = v.toScreen(p);
                if (s.x < 2 || s.y < 2 || s.x >= shot.getWidth() - 2 || s.y >= shot.getHeight() - 2) {
                    continue;
                }
                sampled++;
                if (nearColour(px, (int) Math.round(s.x), (int) Math.round(s.y), RoadOverlayLayer.ROUTE_COLOUR)) {
                    onRoute++;
                }
            }
        }
        assertThat(sampled).as("route vertices in view").isGreaterThan(30);
        assertThat(onRoute).as("route vertices drawn in the route colour").isGreaterThan(sampled * 8 / 10);
        Group drawn = window.robot.lookup("#road-overlay").query();
        assertThat(window.fx(() -> drawn.getChildren().stream().filter(n -> n instanceof Polyline).count()))
                .isEqualTo(6L); // a white casing and the coloured line per route

        // a route from the first result, with its Chinese turn list
        window.fxRun(() -> w.queryModel().rows().stream().findFirst().ifPresent(row -> w.roadModel().route(
                w.queryModel().dataProperty().get().resources().stream()
                        .filter(r -> r.id().toString().equals(row.id())).findFirst().orElseThrow(),
                MONTE_CARLO, java.util.Locale.SIMPLIFIED_CHINESE)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.fx(() -> !w.roadModel().turns().isEmpty()));
        assertThat(window.fx(() -> w.roadModel().routeTextProperty().get())).contains("→ 事发地:行车");
        assertThat(window.fx(() -> w.roadLayer().routes())).hasSize(1);
        RouteLine routed = window.fx(() -> w.roadLayer().routes().get(0));
        window.awaitFrame();
        window.snapshotWindow("roads-route-zh");

        // a zone barrier on the route and 2/4-minute service areas of the teams, as bands with a legend
        window.fxRun(() -> {
            w.roadModel().addZoneBarrier(new LonLat(7.4300, 43.7420), 80);
            w.roadModel().serviceAreas(ResourceKind.RESCUE_TEAM, true, "2,4", null, false);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.fx(() -> w.roadLayer().bands().size() == 2));
        assertThat(window.fx(() -> w.roadModel().serviceAreaTextProperty().get())).contains("4 分钟");
        // the route on the map was computed again around the zone
        try {
            // Monaco is narrow: the zone may leave no way round, which the panel must then say
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.fx(() -> w.roadLayer().routes().size() == 1
                    && w.roadLayer().routes().get(0).distanceM() > routed.distanceM() + 1
                    || w.roadLayer().routes().isEmpty() && w.roadModel().routeTextProperty().get().contains("无可行路线")));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("route not recomputed around the zone: " + window.fx(
                    () -> w.roadModel().routeTextProperty().get() + " / " + w.roadModel().statusProperty().get()), e);
        }
        window.awaitFrame();
        // the legend and coverage lines sit at the foot of the road panel
        window.fxRun(() -> {
            javafx.scene.Node panel = window.robot.lookup(".road-panel").query();
            javafx.scene.Node n = panel;
            while (n != null && !(n instanceof javafx.scene.control.ScrollPane)) {
                n = n.getParent();
            }
            if (n != null) {
                ((javafx.scene.control.ScrollPane) n).setVvalue(1);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.robot.lookup(".road-panel").lookup(".label").queryAll().stream()
                .map(n -> ((javafx.scene.control.Label) n).getText()))
                .as("legend").contains("2 分钟内可达", "4 分钟内可达");
        window.snapshotWindow("roads-service-area-zh");
        window.fxRun(() -> {
            w.roadModel().clearBarriers();
            w.roadModel().clearDrawing();
        });
        assertThat(window.fx(() -> w.roadLayer().routes().isEmpty() && w.roadLayer().bands().isEmpty())).isTrue();
    }

    @Test
    void aBrokenExtractIsExplainedInADialogAndTheNetworkStays(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        MainWindow w = window.app.window();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.fx(() -> w.queryModel().dataProperty().get() != null));
        Path monaco = Path.of(RoadsWindowTest.class.getResource("/osm/monaco.osm.pbf").toURI());
        if (window.fx(() -> w.roadModel().networkProperty().get() == null)) {
            window.fxRun(() -> w.roadActions().importFile(monaco));
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.fx(
                    () -> !w.roadModel().importingProperty().get() && w.roadModel().networkProperty().get() != null));
        }
        Path broken = java.nio.file.Files.writeString(tmp.resolve("许昌.osm.pbf"), "not OpenStreetMap data");
        window.fxRun(() -> w.roadActions().importFile(broken));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.fx(() -> !w.roadModel().importingProperty().get()
                && window.robot.lookup(".dialog-pane").tryQuery().isPresent()));
        javafx.scene.control.DialogPane dialog = window.robot.lookup(".dialog-pane").query();
        assertThat(window.fx(dialog::getHeaderText)).contains("许昌.osm.pbf").contains("原路网保留");
        assertThat(window.fx(dialog::getContentText)).contains("许昌.osm.pbf");
        window.fxRun(() -> dialog.getScene().getWindow().hide());
        assertThat(window.fx(() -> w.roadModel().networkTextProperty().get())).contains("monaco.osm.pbf");
    }

    private static boolean nearColour(PixelReader px, int x, int y, Color want) {
        for (int dx = -2; dx <= 2; dx++) {
            for (int dy = -2; dy <= 2; dy++) {
                Color c = px.getColor(x + dx, y + dy);
                if (Math.abs(c.getRed() - want.getRed()) < 0.12 && Math.abs(c.getGreen() - want.getGreen()) < 0.12
                        && Math.abs(c.getBlue() - want.getBlue()) < 0.12) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Resource team(String name, LonLat at, int turnout) {
        return new Resource(UUID.randomUUID(), ResourceKind.RESCUE_TEAM, name, at,
                new GeometryFactory().createPoint(new Coordinate(at.lon(), at.lat())), "", false,
                Provenance.created("test", Instant.now(), "RoadsWindowTest", "EPSG:4326"),
                new RescueTeam(TeamType.FIRE, 12, List.of(), turnout, true, ""));
    }
}
