package cn.xuchang.ems.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.xuchang.ems.app.bench.FxThreadLatencyProbe;
import cn.xuchang.ems.app.ui.attributes.AttributeRow;
import cn.xuchang.ems.app.ui.map.MapTool;
import cn.xuchang.ems.app.ui.map.MapView;
import cn.xuchang.ems.data.domain.BaseLayer;
import cn.xuchang.ems.data.domain.Camera;
import cn.xuchang.ems.data.domain.County;
import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.map.layer.Layer;
import cn.xuchang.ems.map.layer.LayerStack;
import cn.xuchang.ems.map.layer.MapFeature;
import cn.xuchang.ems.map.layer.ResourceLayer;
import cn.xuchang.ems.map.projection.ScreenDensity;
import cn.xuchang.ems.map.projection.Viewport;
import java.awt.Color;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;

/** The real map window (Chinese UI) on the seeded sample data, driven by the robot. */
class MapWindowTest {
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

    @BeforeEach
    void showXuchang() throws Exception {
        window.fxRun(() -> {
            window.app.window().selection().clear();
            window.app.window().toolProperty().set(MapTool.PAN);
            window.map().zoomHome();
        });
        window.awaitFrame();
    }

    @Test
    void opensOnXuchangWithTheSixCountiesEachInItsOwnFill() throws Exception {
        Viewport v = window.fx(() -> window.map().viewport());
        LayerStack layers = window.map().layers();
        Envelope home = layers.homeExtent();
        assertThat(v.envelope().contains(home)).as("whole of Xuchang in view").isTrue();

        window.snapshotWindow("main-window-zh");
        // the counties are what is checked here: take the symbols and place names off them
        List<Layer> covering = layers.layers().stream()
                .filter(l -> l instanceof ResourceLayer || l.id().equals(BaseLayer.PLACE.code())).toList();
        WritableImage shot;
        try {
            awaitFrameAfter(() -> covering.forEach(l -> l.setVisible(false)));
            shot = window.mapSnapshot();
            window.snapshotWindow("counties-only-zh");
        } finally {
            window.fxRun(() -> covering.forEach(l -> l.setVisible(true)));
        }
        List<MapFeature> counties = layers.baseLayer(BaseLayer.COUNTY).orElseThrow().index().features();
        assertThat(counties).extracting(MapFeature::code)
                .containsExactlyInAnyOrder(java.util.Arrays.stream(County.values()).map(County::code).toArray(String[]::new));
        var style = window.map().renderOptions().styles().get("county");
        for (MapFeature county : counties) {
            Color fill = style.fillFor(county.code());
            Map<Integer, Long> colours = pixelsIn(shot, v, county.geometry());
            int modal = colours.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            assertThat(new Color(modal)).as("commonest colour in %s (%s)", county.name(), county.code())
                    .satisfies(c -> assertThat(close(c, fill)).as("%s close to %s", c, fill).isTrue());
            long inside = colours.values().stream().mapToLong(Long::longValue).sum();
            // the name, rivers and the boundary cover part of a county (half of little Weidu)
            assertThat(colours.get(modal) / (double) inside).as("share of %s in its fill", county.name())
                    .isGreaterThan(0.35);
        }
    }

    @Test
    void clickingACameraShowsItsTypedAttributesInTheSidePanel() throws Exception {
        LayerStack layers = window.map().layers();
        MapFeature camera = loneCamera(layers);
        Resource resource = camera.resource().orElseThrow();
        window.fxRun(() -> window.map().setViewport(
                window.map().viewport().withCentre(camera.x(), camera.y()).withResolution(2.0), true));
        Viewport v = window.awaitFrame().viewport();

        window.robot.clickOn(window.screen(v.screenX(camera.x()), v.screenY(camera.y())), MouseButton.PRIMARY);
        org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> window.fx(() -> !window.app.window().attributePanel().shownRows().isEmpty()));

        Label title = window.robot.lookup("#attribute-title").queryAs(Label.class);
        assertThat(window.fx(title::getText)).isEqualTo(resource.name());
        Map<String, String> rows = window.fx(() -> window.app.window().attributePanel().shownRows()).stream()
                .collect(Collectors.toMap(AttributeRow::label, AttributeRow::value, (a, b) -> a));
        Camera details = resource.details(Camera.class);
        assertThat(rows).containsEntry("资源类型", "视频监控点")
                .containsEntry("监控编号", details.cameraCode())
                .containsEntry("在线", details.online() ? "是" : "否")
                .containsEntry("示例数据", "是（演示用，非真实数据）")
                .containsKeys("朝向 (度，北起顺时针)", "视场角 (度)", "可视距离 (米)", "数据来源", "来源坐标系");
        if (!details.phone().isEmpty()) {
            Label phone = window.robot.lookup("#attribute-phone").queryAs(Label.class);
            assertThat(window.fx(phone::getText)).endsWith(details.phone());
        }
        javafx.scene.shape.Circle ring = window.robot.lookup("#selection-ring").query();
        assertThat(window.fx(ring::isVisible)).as("the chosen camera is ringed on the map").isTrue();
        assertThat(window.fx(ring::getCenterX)).isCloseTo(v.screenX(camera.x()), within(0.5));
        assertThat(window.fx(ring::getCenterY)).isCloseTo(v.screenY(camera.y()), within(0.5));
        window.snapshotWindow("camera-attributes-zh");
    }

    @Test
    void draggingMovesTheMapExactlyWithTheMouse() throws Exception {
        Viewport before = window.fx(() -> window.map().viewport());
        Point2D start = rounded(window.screen(before.width() * 0.5, before.height() * 0.5));
        window.robot.drag(start, MouseButton.PRIMARY).dropBy(120, -80);
        Viewport after = window.awaitFrame().viewport();

        assertThat(after.metresPerPixel()).isEqualTo(before.metresPerPixel());
        assertThat(after.centreX()).isCloseTo(before.centreX() - 120 * before.metresPerPixel(), within(1e-6));
        assertThat(after.centreY()).isCloseTo(before.centreY() - 80 * before.metresPerPixel(), within(1e-6));
        assertThat(window.fx(() -> window.map().history().canGoBack())).as("drag recorded as a view").isTrue();
    }

    @Test
    void wheelZoomKeepsThePointUnderTheCursorWhereItIs() throws Exception {
        Viewport before = window.fx(() -> window.map().viewport());
        Point2D local = new Point2D(Math.round(before.width() * 0.3), Math.round(before.height() * 0.6));
        double mapX = before.mapX(local.getX());
        double mapY = before.mapY(local.getY());
        window.robot.moveTo(rounded(window.screen(local.getX(), local.getY())));
        window.robot.scroll(2, VerticalDirection.UP);
        Viewport after = window.awaitFrame().viewport();

        assertThat(after.metresPerPixel()).isNotCloseTo(before.metresPerPixel(), within(before.metresPerPixel() * 0.1));
        assertThat(after.mapX(local.getX())).isCloseTo(mapX, within(1e-6));
        assertThat(after.mapY(local.getY())).isCloseTo(mapY, within(1e-6));
    }

    @Test
    void aWheelNotchZoomsSmoothlyAtTheCursorAndLeavesOneViewInTheHistory() throws Exception {
        Viewport before = window.fx(() -> window.map().viewport());
        assertThat(window.fx(() -> window.map().history().current().orElseThrow())).isEqualTo(before);
        Point2D local = new Point2D(Math.round(before.width() * 0.7), Math.round(before.height() * 0.35));
        double mapX = before.mapX(local.getX());
        double mapY = before.mapY(local.getY());
        List<Viewport> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        javafx.beans.value.ChangeListener<Viewport> follow = (obs, old, v) -> seen.add(v);
        window.fxRun(() -> window.map().viewportProperty().addListener(follow));
        Viewport after;
        try {
            window.robot.moveTo(rounded(window.screen(local.getX(), local.getY())));
            window.robot.scroll(1, VerticalDirection.UP);
            after = window.awaitFrame().viewport();
        } finally {
            window.fxRun(() -> window.map().viewportProperty().removeListener(follow));
        }

        double zoom = before.metresPerPixel() / after.metresPerPixel();
        System.out.printf("wheel notch: %d views on the way, zoom x%.4f%n", seen.size(), zoom);
        assertThat(seen).as("views on the way, one per frame").hasSizeGreaterThanOrEqualTo(3).last().isEqualTo(after);
        assertThat(Math.abs(Math.log(zoom))).as("one wheel step").isGreaterThan(0.1);
        for (Viewport v : seen) {
            assertThat(v.mapX(local.getX())).as("point under the cursor at 1:%.0f", v.scaleDenominator(96))
                    .isCloseTo(mapX, within(1e-6));
            assertThat(v.mapY(local.getY())).isCloseTo(mapY, within(1e-6));
        }
        // only the settled view is a step of the history: back goes straight to where the wheel started
        var history = window.map().history();
        assertThat(window.fx(() -> history.current().orElseThrow())).isEqualTo(after);
        assertThat(window.fx(() -> history.back().orElseThrow())).isEqualTo(before);
        window.fxRun(history::forward);
    }

    @Test
    void twoNotchesDuringOneStepZoomByBothAtTheCursor() throws Exception {
        Viewport before = window.fx(() -> window.map().viewport());
        double x = Math.round(before.width() * 0.25);
        double y = Math.round(before.height() * 0.7);
        window.fxRun(() -> {
            // the event takes scene coordinates; the map reads them in its own
            Point2D scene = window.map().localToScene(x, y);
            for (int i = 0; i < 2; i++) {
                // one wheel notch each (deltaY = multiplierY), fired back to back within one frame
                javafx.event.Event.fireEvent(window.map(), new javafx.scene.input.ScrollEvent(
                        javafx.scene.input.ScrollEvent.SCROLL, scene.getX(), scene.getY(), scene.getX(), scene.getY(),
                        false, false, false, false, false, false,
                        0, 40, 0, 40, 1, 40, javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                        javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null));
            }
        });
        assertThat(window.fx(() -> window.map().zoomingProperty().get())).as("playing, not jumped").isTrue();
        Viewport after = window.awaitFrame().viewport();

        assertThat(after.metresPerPixel()).isCloseTo(before.metresPerPixel() / 2, within(1e-9));
        assertThat(after.mapX(x)).isCloseTo(before.mapX(x), within(1e-6));
        assertThat(after.mapY(y)).isCloseTo(before.mapY(y), within(1e-6));
        assertThat(window.fx(() -> window.map().history().back().orElseThrow())).isEqualTo(before);
        window.fxRun(() -> window.map().history().forward());
    }

    @Test
    void withSmoothZoomOffAWheelNotchJumpsAtOnce() throws Exception {
        Viewport before = window.fx(() -> window.map().viewport());
        try {
            Viewport after = window.fx(() -> {
                window.map().smoothZoomProperty().set(false);
                window.map().zoomStep(2, 100, 100);
                return window.map().viewport();
            });
            assertThat(after).isEqualTo(before.zoomAt(2, 100, 100));
            assertThat(window.fx(() -> window.map().zoomingProperty().get())).isFalse();
        } finally {
            window.fxRun(() -> window.map().smoothZoomProperty().set(true));
        }
    }

    @Test
    void homeKeyReturnsToTheWholeOfXuchangAfterPanningAndZooming() throws Exception {
        Viewport home = window.fx(() -> window.map().viewport());
        window.fxRun(() -> window.map().setViewport(home.zoom(8).pan(300, 200), true));
        window.awaitFrame();
        window.fxRun(() -> window.map().requestFocus());
        window.robot.type(KeyCode.HOME);
        Viewport back = window.awaitFrame().viewport();

        Envelope xuchang = window.map().layers().homeExtent();
        assertThat(back.centreX()).isCloseTo(xuchang.centre().x, within(1e-6));
        assertThat(back.centreY()).isCloseTo(xuchang.centre().y, within(1e-6));
        double expectedMpp = Math.max(xuchang.getWidth() / (back.width() - 2.0 * MapView.FIT_MARGIN_PX),
                xuchang.getHeight() / (back.height() - 2.0 * MapView.FIT_MARGIN_PX));
        assertThat(back.metresPerPixel()).isCloseTo(expectedMpp, within(1e-9));
    }

    @Test
    void untickingALayerHidesItsSymbols() throws Exception {
        window.fxRun(() -> window.app.window().layerPanel().itemOf(ResourceKind.CAMERA.code()).setSelected(false));
        try {
            Layer cameras = window.map().layers().resourceLayer(ResourceKind.CAMERA).orElseThrow();
            assertThat(cameras.visible()).isFalse();
        } finally {
            window.fxRun(() -> window.app.window().layerPanel().itemOf(ResourceKind.CAMERA.code()).setSelected(true));
        }
        assertThat(window.map().layers().resourceLayer(ResourceKind.CAMERA).orElseThrow().visible()).isTrue();
    }


    @Test
    void severalFeaturesUnderTheCursorOfferAChooser() throws Exception {
        LayerStack layers = window.map().layers();
        MapFeature[] pair = closePair(layers, 200);
        double midX = (pair[0].x() + pair[1].x()) / 2;
        double midY = (pair[0].y() + pair[1].y()) / 2;
        // so close on screen (5 px) that one click is on both symbols
        double mpp = Math.max(0.5, Math.hypot(pair[0].x() - pair[1].x(), pair[0].y() - pair[1].y()) / 5);
        window.fxRun(() -> window.map().setViewport(
                window.map().viewport().withCentre(midX, midY).withResolution(mpp), true));
        Viewport v = window.awaitFrame().viewport();

        window.robot.clickOn(window.screen(v.screenX(midX), v.screenY(midY)), MouseButton.PRIMARY);
        org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> window.fx(() -> window.app.window().selection().selectedProperty().size() >= 2));

        javafx.scene.control.ListView<Resource> chooser = window.robot.lookup("#attribute-chooser").queryListView();
        List<String> listed = window.fx(() -> chooser.getItems().stream().map(Resource::name).toList());
        assertThat(listed).contains(pair[0].name(), pair[1].name());
        assertThat(window.fx(chooser::isVisible)).isTrue();
        // choosing another entry shows its attributes
        Resource second = window.fx(() -> chooser.getItems().get(1));
        window.fxRun(() -> chooser.getSelectionModel().select(1));
        Label title = window.robot.lookup("#attribute-title").queryAs(Label.class);
        assertThat(window.fx(title::getText)).isEqualTo(second.name());
        assertThat(window.fx(() -> window.app.window().selection().focusedProperty().get())).isEqualTo(second);
        window.snapshotWindow("chooser-zh");
    }

    @Test
    void typedCoordinateCentresTheMapWithAPin() throws Exception {
        window.robot.clickOn("#goto-coordinate").write("486147.15, 3766999.27").type(KeyCode.ENTER);
        Viewport v = window.awaitFrame().viewport();
        assertThat(v.centreX()).isCloseTo(486147.15, within(1e-3));
        assertThat(v.centreY()).isCloseTo(3766999.27, within(1e-3));
        assertThat(v.metresPerPixel()).isLessThanOrEqualTo(2.0);
        javafx.scene.Node pin = window.robot.lookup("#map-pin").query();
        assertThat(window.fx(pin::isVisible)).isTrue();
        assertThat(window.fx(() -> window.robot.lookup("#status-message").queryAs(Label.class).getText()))
                .contains("113.850000°E, 34.030000°N");

        window.fxRun(() -> window.robot.lookup("#goto-coordinate").queryAs(javafx.scene.control.TextField.class).clear());
        window.robot.clickOn("#goto-coordinate").write("somewhere").type(KeyCode.ENTER);
        assertThat(window.fx(() -> window.robot.lookup("#goto-coordinate").query().getStyleClass())).contains("input-error");
        window.snapshotWindow("goto-zh");
        assertThat(window.fx(() -> window.map().viewport())).isEqualTo(v);
        window.fxRun(() -> window.map().setPin(null));
    }

    @Test
    void clickingTheOverviewCentresTheMapThere() throws Exception {
        Viewport before = window.fx(() -> window.map().viewport().zoom(4));
        window.fxRun(() -> window.map().setViewport(before, true));
        window.awaitFrame();
        javafx.scene.Node inset = window.robot.lookup("#overview-inset").query();
        org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> window.fx(inset::isVisible));
        // a quarter in from the inset's left and top edges
        javafx.geometry.Bounds b = window.fx(() -> inset.localToScreen(inset.getLayoutBounds()));
        window.robot.clickOn(rounded(new Point2D(b.getMinX() + b.getWidth() / 4, b.getMinY() + b.getHeight() / 4)));
        Viewport after = window.awaitFrame().viewport();
        Envelope home = window.map().layers().homeExtent();
        assertThat(after.metresPerPixel()).isEqualTo(before.metresPerPixel());
        assertThat(after.centreX()).isLessThan(home.centre().x);
        assertThat(after.centreY()).isGreaterThan(home.centre().y);
        window.snapshotWindow("overview-zh");
    }

    @Test
    void clickingABigClusterZoomsIntoIt() throws Exception {
        Viewport v = window.fx(() -> window.map().viewport());
        cn.xuchang.ems.map.render.MapRenderer probe = new cn.xuchang.ems.map.render.MapRenderer(window.map().layers());
        cn.xuchang.ems.map.render.Hit cluster = null;
        // find a cluster symbol of more than 12 members on the city view, scanning a coarse grid
        search:
        for (int y = 20; y < v.height() - 20; y += 6) {
            for (int x = 20; x < v.width() - 20; x += 6) {
                for (cn.xuchang.ems.map.render.Hit h : probe.hitTest(v, x, y, 2, window.map().renderOptions())) {
                    if (h.features().size() > 12) {
                        cluster = h;
                        break search;
                    }
                }
            }
        }
        probe.close();
        assertThat(cluster).as("a cluster of more than 12 on the city view").isNotNull();
        Envelope members = cluster.membersEnvelope();
        window.robot.clickOn(rounded(window.screen(cluster.screenX(), cluster.screenY())), MouseButton.PRIMARY);
        org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> window.fx(() -> window.map().viewport().metresPerPixel() < v.metresPerPixel()));
        Viewport after = window.awaitFrame().viewport();
        assertThat(after.envelope().contains(members)).isTrue();
        assertThat(window.fx(() -> window.app.window().selection().selectedProperty().isEmpty())).isTrue();
    }

    @Test
    void theFxThreadKeepsAnsweringWhileTheMapIsDraggedAndZoomed() throws Exception {
        Viewport v = window.fx(() -> window.map().viewport());
        Point2D centre = rounded(window.screen(v.width() / 2.0, v.height() / 2.0));
        FxThreadLatencyProbe idle = new FxThreadLatencyProbe();
        Thread.sleep(1000);
        idle.close();
        System.out.printf("FX thread delay idle: n=%d median=%.1f ms p99=%.1f ms max=%.1f ms%n",
                idle.delaysMs().size(), idle.quantileMs(0.5), idle.quantileMs(0.99), idle.quantileMs(1.0));
        FxThreadLatencyProbe probe = new FxThreadLatencyProbe();
        try {
            for (int i = 0; i < 4; i++) {
                window.robot.moveTo(centre).scroll(2, VerticalDirection.UP);
                window.robot.drag(centre, MouseButton.PRIMARY).moveBy(60, 40).moveBy(60, 40).dropBy(-100, -60);
            }
            window.awaitFrame();
        } finally {
            probe.close();
        }
        double p50 = probe.quantileMs(0.5);
        double p99 = probe.quantileMs(0.99);
        double max = probe.quantileMs(1.0);
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()
                / Runtime.getRuntime().availableProcessors();
        System.out.printf("FX thread delay budget 50 ms: p99 %s%n", p99 < 50 ? "within" : "over");
        System.out.printf("FX thread delay while dragging/zooming: n=%d median=%.1f ms p99=%.1f ms max=%.1f ms"
                + " (load per core %.1f)%n", probe.delaysMs().size(), p50, p99, max, load);
        // Events kept flowing through the FX thread during the gestures. The 50 ms budget itself is a
        // speed target: measured and reported (printed above), never judged by a timed unit test.
        assertThat(probe.delaysMs()).hasSizeGreaterThan(50);
    }

    @Test
    void layersMoveUpAndDownWithinTheirGroup() throws Exception {
        LayerStack layers = window.map().layers();
        var panel = window.app.window().layerPanel();
        Layer schools = layers.resourceLayer(ResourceKind.SCHOOL).orElseThrow();
        List<Layer> before = layers.layers();
        int at = before.indexOf(schools);
        try {
            window.fxRun(() -> panel.move(schools, +1));
            assertThat(layers.layers().indexOf(schools)).isEqualTo(at + 1);
            window.fxRun(() -> panel.move(schools, -1));
            window.fxRun(() -> panel.move(schools, -1));
            // the lowest resource layer stays above the base map
            assertThat(layers.layers().indexOf(schools)).isEqualTo(at);
            assertThat(layers.layers()).isEqualTo(before);
        } finally {
            window.fxRun(() -> {
                while (layers.layers().indexOf(schools) > at) {
                    panel.move(schools, -1);
                }
            });
        }
    }

    @Test
    void aSavedBookmarkBringsTheViewBackAndSurvivesInTheDataFolder() throws Exception {
        var menu = window.app.window().bookmarks();
        org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> window.fx(() -> !menu.isDisable()));
        Viewport street = window.fx(() -> window.map().viewport().zoom(16));
        window.fxRun(() -> window.map().setViewport(street, true));
        window.awaitFrame();
        window.fxRun(() -> menu.add("测试书签"));
        window.fxRun(() -> window.map().zoomHome());
        window.awaitFrame();

        window.robot.clickOn("#bookmarks").clickOn("测试书签");
        Viewport back = window.awaitFrame().viewport();
        assertThat(back.centreX()).isCloseTo(street.centreX(), within(1e-6));
        assertThat(back.metresPerPixel()).isCloseTo(street.metresPerPixel(), within(1e-9));
        java.nio.file.Path dataDir = window.fx(() -> window.app.window().opened().workspace().dataDir());
        org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> new cn.xuchang.ems.app.ui.bookmarks.BookmarkFile(dataDir).load().stream()
                        .anyMatch(b -> b.name().equals("测试书签")));
        window.fxRun(() -> menu.bookmarks().stream().filter(b -> b.name().equals("测试书签")).forEach(menu::delete));
    }

    @Test
    void rightClickSetsTheIncidentAndTheNearestTeamsAreDrawnFromIt() throws Exception {
        Viewport v = window.fx(() -> window.map().viewport());
        Point2D spot = new Point2D(Math.round(v.width() * 0.55), Math.round(v.height() * 0.5));
        LonLat expected = v.toLonLat(spot.getX(), spot.getY());
        window.robot.clickOn(rounded(window.screen(spot.getX(), spot.getY())), MouseButton.SECONDARY);
        window.robot.clickOn("设为事发地点（查询）");
        var model = window.app.window().queryModel();
        // the query index is built right after the first frame
        org.testfx.util.WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> window.fx(() -> model.dataProperty().get() != null));
        LonLat incident = window.fx(() -> model.incidentProperty().get());
        assertThat(incident.lon()).isCloseTo(expected.lon(), within(1e-6));
        assertThat(incident.lat()).isCloseTo(expected.lat(), within(1e-6));
        assertThat(window.fx(() -> window.robot.lookup("#query-panel").query().isVisible())).isTrue();

        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Button run = window.robot.lookup(".button").match(
                org.testfx.matcher.control.LabeledMatchers.hasText("查询")).queryButton();
        window.robot.clickOn(run);
        try {
            org.testfx.util.WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS,
                    () -> window.fx(() -> !model.runningProperty().get() && !model.rows().isEmpty()));
        } catch (java.util.concurrent.TimeoutException e) {
            window.snapshotWindow("query-failed-zh");
            throw new AssertionError("no query result; status: " + window.fx(() -> model.statusProperty().get()), e);
        }
        var overlay = window.fx(() -> window.app.window().queryLayer().shown());
        // the panel reads the incident back from its text field (six decimals, ~0.1 m)
        assertThat(overlay.incident().lon()).isCloseTo(incident.lon(), within(1e-6));
        assertThat(overlay.incident().lat()).isCloseTo(incident.lat(), within(1e-6));
        assertThat(overlay.lineEnds()).hasSize(window.fx(() -> model.rows().size()));
        Viewport shownView = window.awaitFrame().viewport();
        for (LonLat end : overlay.lineEnds()) {
            var p = shownView.toScreen(end);
            assertThat(p.x).as("result in view").isBetween(0.0, (double) shownView.width());
            assertThat(p.y).as("result in view").isBetween(0.0, (double) shownView.height());
        }
        assertThat(shownView.metresPerPixel()).as("zoomed in to the results").isLessThan(v.metresPerPixel());
        javafx.scene.Group drawn = window.robot.lookup("#query-overlay").query();
        assertThat(window.fx(() -> drawn.getChildren().size())).isGreaterThanOrEqualTo(overlay.lineEnds().size());
        window.snapshotWindow("query-zh");
        window.fxRun(() -> window.app.window().queryLayer().clear());
    }

    @Test
    void aLayerLimitedToCloseScalesDisappearsWhenZoomedOut() throws Exception {
        Layer schools = window.map().layers().resourceLayer(ResourceKind.SCHOOL).orElseThrow();
        var panel = window.app.window().layerPanel();
        Viewport home = window.fx(() -> window.map().viewport());
        Viewport close = home.zoom(8);
        try {
            window.fxRun(() -> panel.showOnlyBelow(schools, close.metresPerPixel()));
            assertThat(schools.drawnAt(close.metresPerPixel())).isTrue();
            assertThat(schools.drawnAt(home.metresPerPixel())).isFalse();
            // box selection follows what is drawn: no schools at the city view
            Envelope all = home.envelope();
            var task = new cn.xuchang.ems.app.ui.selection.BoxSelectTask(window.map().layers(), all, home.metresPerPixel());
            task.run();
            List<Resource> selected = task.get();
            assertThat(selected).extracting(Resource::kind).doesNotContain(ResourceKind.SCHOOL).isNotEmpty();
        } finally {
            window.fxRun(() -> schools.setResolutionRange(0, Double.POSITIVE_INFINITY));
        }
    }

    @Test
    void aScaleRangeSetInTheDialogStopsTheLayerBeingDrawnOutsideIt() throws Exception {
        Layer schools = window.map().layers().resourceLayer(ResourceKind.SCHOOL).orElseThrow();
        var panel = window.app.window().layerPanel();
        Viewport home = window.fx(() -> window.map().viewport());
        ScreenDensity density = window.fx(() -> window.map().screenDensity());
        double homeScale = density.scaleDenominator(home.metresPerPixel());
        assertThat(homeScale).as("the city view is farther out than 1:100,000").isGreaterThan(150_000);
        assertThat(window.awaitFrame().stepNanos()).as("schools drawn at first").containsKey(schools.id());
        try {
            // the layer's context menu opens the dialog
            javafx.scene.control.TreeCell<?> schoolRow = layerRow(panel.titleOf(schools));
            window.robot.clickOn(schoolRow, MouseButton.SECONDARY);
            // Monocle's robot selects the row but raises no context-menu request, as a desktop does on right-click
            window.fxRun(() -> {
                javafx.geometry.Bounds b = schoolRow.localToScreen(schoolRow.getBoundsInLocal());
                javafx.event.Event.fireEvent(schoolRow, new javafx.scene.input.ContextMenuEvent(
                        javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 20, 10,
                        b.getMinX() + 20, b.getMinY() + 10, false, null));
            });
            window.robot.clickOn("比例尺范围…");
            javafx.scene.control.DialogPane pane = window.robot.lookup("#scale-range-dialog").query();
            javafx.scene.Scene dialog = window.fx(pane::getScene);
            javafx.scene.control.ComboBox<?> minimum = window.robot.lookup("#scale-range-minimum").query();
            javafx.scene.control.ComboBox<?> maximum = window.robot.lookup("#scale-range-maximum").query();
            javafx.scene.Node ok = window.robot.lookup("#scale-range-ok").query();
            Label problem = window.robot.lookup("#scale-range-message").queryAs(Label.class);
            assertThat(window.fx(() -> minimum.getEditor().getText())).isEqualTo("无");
            assertThat(window.fx(ok::isDisabled)).isFalse();

            // typed by hand: not a number
            window.robot.clickOn(minimum.getEditor());
            window.robot.write("1:abc");
            assertThat(window.fx(ok::isDisabled)).isTrue();
            assertThat(window.fx(problem::getText)).contains("不是比例尺", "1:abc");
            window.fxRun(() -> minimum.getEditor().setText("1:0"));
            assertThat(window.fx(problem::getText)).contains("必须大于 0");
            // the zoomed-out limit finer than the zoomed-in one (the map's scale taken by the button)
            window.fxRun(() -> minimum.getEditor().setText("1:100,000"));
            window.robot.clickOn("#scale-range-maximum-current");
            assertThat(window.fx(() -> maximum.getEditor().getText())).matches("1:\\d{3},\\d{3}");
            assertThat(window.fx(ok::isDisabled)).isTrue();
            assertThat(window.fx(problem::getText)).contains("最小比例尺 1:100,000 必须比最大比例尺");
            window.snapshot(dialog, "scale-range-dialog-error-zh");
            window.fxRun(() -> maximum.getEditor().setText("无"));
            assertThat(window.fx(ok::isDisabled)).isFalse();
            assertThat(window.fx(problem::getText)).isEmpty();
            window.snapshot(dialog, "scale-range-dialog-zh");
            window.robot.clickOn(ok);
            assertThat(window.fx(() -> dialog.getWindow().isShowing())).isFalse();

            assertThat(schools.minResolution()).isZero();
            assertThat(density.scaleDenominator(schools.maxResolution())).isCloseTo(100_000, within(1e-6));
            // the city view: not drawn, the row greyed with the range in its tooltip
            org.testfx.util.WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> window.fx(() ->
                    !window.map().shownFrameProperty().get().stepNanos().containsKey(schools.id())));
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            javafx.scene.control.TreeCell<?> row = layerRow(panel.titleOf(schools));
            assertThat(window.fx(() -> row.getStyleClass().contains("out-of-scale"))).isTrue();
            assertThat(window.fx(() -> row.getTooltip().getText())).contains("1:100,000", "未绘制");
            window.snapshotWindow("scale-range-greyed-zh");

            // closer than 1:100,000: drawn again, the row back to normal
            window.fxRun(() -> window.map().setViewport(home.withResolution(density.metresPerPixel(50_000)), true));
            Viewport close = window.awaitFrame().viewport();
            org.testfx.util.WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> window.fx(() ->
                    window.map().shownFrameProperty().get().viewport().equals(close)
                            && window.map().shownFrameProperty().get().stepNanos().containsKey(schools.id())));
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            javafx.scene.control.TreeCell<?> shown = layerRow(panel.titleOf(schools));
            assertThat(window.fx(() -> shown.getStyleClass().contains("out-of-scale"))).isFalse();
            assertThat(window.fx(() -> shown.getTooltip().getText())).contains("1:100,000").doesNotContain("未绘制");
        } finally {
            window.fxRun(() -> schools.setResolutionRange(0, Double.POSITIVE_INFINITY));
        }
        // rows are redrawn in the next layout pulse
        org.testfx.util.WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                () -> layerRow(panel.titleOf(schools)).getTooltip() == null);
    }

    @Test
    void theScaleRangeDialogCancelledChangesNothing() throws Exception {
        Layer schools = window.map().layers().resourceLayer(ResourceKind.SCHOOL).orElseThrow();
        javafx.scene.control.Dialog<?> dialog = window.fx(() -> window.app.window().layerPanel().editScaleRange(schools));
        javafx.scene.control.ComboBox<?> minimum = window.robot.lookup("#scale-range-minimum").query();
        window.fxRun(() -> minimum.getEditor().setText("1:25,000"));
        window.fxRun(dialog::close);
        assertThat(schools.scaleLimited()).isFalse();
    }

    /** The tree row showing the layer titled {@code title}. */
    private static javafx.scene.control.TreeCell<?> layerRow(String title) {
        return window.fx(() -> window.robot.lookup("#layer-tree .tree-cell").queryAllAs(javafx.scene.control.TreeCell.class)
                .stream().filter(c -> c.getText() != null && c.getText().startsWith(title)).findFirst().orElseThrow());
    }

    @Test
    void theNightMapRedrawsTheBaseMapDark() throws Exception {
        Viewport v = window.fx(() -> window.map().viewport());
        try {
            window.robot.clickOn("#tool-dark");
            org.testfx.util.WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> window.fx(() ->
                    window.map().shownFrameProperty().get().viewport().equals(v)
                            && window.map().renderOptions().styles().theme() == cn.xuchang.ems.map.style.Theme.DARK
                            && brightness(window.mapSnapshot(), 4, v.height() / 2) < 100));
            window.snapshotWindow("night-zh");
        } finally {
            window.fxRun(() -> window.app.window().darkMapProperty().set(false));
        }
        org.testfx.util.WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> window.fx(() -> brightness(window.mapSnapshot(), 4, v.height() / 2) > 150));
    }

    /** Mean of R, G and B at a pixel of the map (the background at the left edge). */
    private static double brightness(WritableImage img, int x, int y) {
        int argb = img.getPixelReader().getArgb(x, y);
        return ((argb >> 16 & 0xff) + (argb >> 8 & 0xff) + (argb & 0xff)) / 3.0;
    }

    @Test
    void statusBarReadsTheCursorInLonLatDmsAndEpsg4547() throws Exception {
        Viewport v = window.fx(() -> window.map().viewport());
        Point2D local = new Point2D(Math.round(v.width() * 0.4), Math.round(v.height() * 0.35));
        window.robot.moveTo(rounded(window.screen(local.getX(), local.getY())));
        LonLat p = v.toLonLat(local.getX(), local.getY());
        String lonLat = window.fx(() -> window.robot.lookup("#status-lonlat").queryAs(Label.class).getText());
        String dms = window.fx(() -> window.robot.lookup("#status-dms").queryAs(Label.class).getText());
        String gk = window.fx(() -> window.robot.lookup("#status-gk").queryAs(Label.class).getText());
        assertThat(lonLat).isEqualTo(cn.xuchang.ems.app.ui.status.CoordinateText.decimal(p));
        assertThat(dms).isEqualTo(cn.xuchang.ems.app.ui.status.CoordinateText.dms(p));
        // easting first, then northing, in metres of EPSG:4547
        assertThat(gk).isEqualTo(cn.xuchang.ems.app.ui.status.CoordinateText.gaussKruger(
                v.mapX(local.getX()), v.mapY(local.getY())));
        assertThat(gk).matches("E 4\\d{5}\\.\\d{2} m, N 37\\d{5}\\.\\d{2} m");
    }

    @Test
    void arrowAndPlusMinusKeysPanAndZoom() throws Exception {
        Viewport v = window.fx(() -> window.map().viewport());
        window.fxRun(() -> window.map().requestFocus());
        window.robot.type(KeyCode.RIGHT);
        Viewport right = window.awaitFrame().viewport();
        // the view moves east by a quarter of its width
        assertThat(right.centreX()).isCloseTo(v.centreX() + v.width() * 0.25 * v.metresPerPixel(), within(1e-6));
        window.robot.type(KeyCode.UP);
        Viewport up = window.awaitFrame().viewport();
        assertThat(up.centreY()).isCloseTo(v.centreY() + v.height() * 0.25 * v.metresPerPixel(), within(1e-6));
        window.robot.type(KeyCode.EQUALS);
        assertThat(window.awaitFrame().viewport().metresPerPixel()).isCloseTo(v.metresPerPixel() / 2, within(1e-9));
        window.robot.type(KeyCode.MINUS);
        window.robot.type(KeyCode.MINUS);
        assertThat(window.awaitFrame().viewport().metresPerPixel()).isCloseTo(v.metresPerPixel() * 2, within(1e-9));
    }

    @Test
    void ctrlDragSelectsTheResourcesInTheBox() throws Exception {
        Viewport v = window.fx(() -> window.map().viewport());
        Point2D from = new Point2D(Math.round(v.width() * 0.4), Math.round(v.height() * 0.4));
        Point2D to = new Point2D(Math.round(v.width() * 0.55), Math.round(v.height() * 0.6));
        window.fxRun(() -> window.app.window().toolProperty().set(MapTool.BOX_SELECT));
        window.robot.drag(rounded(window.screen(from.getX(), from.getY())), MouseButton.PRIMARY)
                .dropTo(rounded(window.screen(to.getX(), to.getY())));
        Envelope box = new Envelope(v.mapX(from.getX()), v.mapX(to.getX()), v.mapY(from.getY()), v.mapY(to.getY()));
        long expected = window.map().layers().layers().stream()
                .filter(l -> l instanceof ResourceLayer && l.drawnAt(v.metresPerPixel()))
                .flatMap(l -> l.index().features().stream()).filter(f -> box.contains(f.x(), f.y())).count();
        assertThat(expected).as("sample data in the box").isGreaterThan(10);
        org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> window.fx(() -> window.app.window().selection().selectedProperty().size() == expected));
        assertThat(window.fx(() -> window.map().viewport())).as("selecting does not move the map").isEqualTo(v);
        window.snapshotWindow("box-select-zh");
    }

    @Test
    void boxZoomShowsTheDrawnRectangle() throws Exception {
        Viewport v = window.fx(() -> window.map().viewport());
        Point2D from = new Point2D(Math.round(v.width() * 0.45), Math.round(v.height() * 0.45));
        Point2D to = new Point2D(Math.round(v.width() * 0.6), Math.round(v.height() * 0.55));
        window.fxRun(() -> window.app.window().toolProperty().set(MapTool.BOX_ZOOM));
        window.robot.drag(rounded(window.screen(from.getX(), from.getY())), MouseButton.PRIMARY)
                .dropTo(rounded(window.screen(to.getX(), to.getY())));
        Viewport after = window.awaitFrame().viewport();
        Envelope box = new Envelope(v.mapX(from.getX()), v.mapX(to.getX()), v.mapY(from.getY()), v.mapY(to.getY()));
        assertThat(after.envelope().contains(box)).isTrue();
        assertThat(after.centreX()).isCloseTo(box.centre().x, within(1e-6));
        assertThat(after.metresPerPixel()).isLessThan(v.metresPerPixel() / 4);

        window.robot.clickOn("#tool-back");
        assertThat(window.awaitFrame().viewport()).as("back returns to the view before the zoom").isEqualTo(v);
        window.robot.clickOn("#tool-forward");
        assertThat(window.awaitFrame().viewport()).isEqualTo(after);
    }

    @Test
    void measuringALineShowsItsLengthOnTheEllipsoid() throws Exception {
        Viewport v = window.fx(() -> window.map().viewport());
        Point2D a = new Point2D(Math.round(v.width() * 0.3), Math.round(v.height() * 0.5));
        Point2D b = new Point2D(Math.round(v.width() * 0.7), Math.round(v.height() * 0.5));
        window.fxRun(() -> window.app.window().toolProperty().set(MapTool.MEASURE_LENGTH));
        window.robot.clickOn(rounded(window.screen(a.getX(), a.getY())), MouseButton.PRIMARY);
        window.robot.clickOn(rounded(window.screen(b.getX(), b.getY())), MouseButton.SECONDARY);
        double expectedKm = cn.xuchang.ems.data.crs.Geodesy.distance(v.toLonLat(a.getX(), a.getY()),
                v.toLonLat(b.getX(), b.getY())) / 1000;
        String result = window.fx(() -> window.app.window().measureTool().resultProperty().get());
        assertThat(result).startsWith("长度 ").endsWith(" 千米");
        double shownKm = Double.parseDouble(result.replaceAll("[^0-9.]", ""));
        assertThat(shownKm).isCloseTo(expectedKm, within(0.0005));
        assertThat(window.robot.lookup("#measure-label").tryQuery()).isPresent();
        window.snapshotWindow("measure-zh");
        window.fxRun(() -> window.map().requestFocus());
        window.robot.type(KeyCode.ESCAPE);
        assertThat(window.fx(() -> window.app.window().measureTool().resultProperty().get())).isEmpty();
    }

    /** The two closest resources (any layers) at most {@code metres} apart, the same pair every run. */
    private static MapFeature[] closePair(LayerStack layers, double metres) {
        MapFeature[] best = null;
        double bestDistance = Double.MAX_VALUE;
        List<MapFeature> all = layers.layers().stream().filter(l -> l instanceof ResourceLayer)
                .flatMap(l -> l.index().features().stream())
                .sorted(Comparator.comparing(f -> f.id().toString())).toList();
        for (MapFeature f : all) {
            Envelope near = new Envelope(f.x() - metres, f.x() + metres, f.y() - metres, f.y() + metres);
            for (Layer l : layers.layers()) {
                if (!(l instanceof ResourceLayer)) {
                    continue;
                }
                for (MapFeature g : l.index().query(near)) {
                    double d = Math.hypot(g.x() - f.x(), g.y() - f.y());
                    if (!g.id().equals(f.id()) && d <= metres && d < bestDistance) {
                        best = new MapFeature[] {f, g};
                        bestDistance = d;
                    }
                }
            }
        }
        if (best == null) {
            throw new AssertionError("no two sample resources within " + metres + " m");
        }
        return best;
    }

    /** Runs {@code change} on the FX thread and waits for a frame rendered after it (layer changes keep the viewport). */
    private static void awaitFrameAfter(Runnable change) throws Exception {
        var before = window.fx(() -> {
            var shown = window.map().shownFrameProperty().get();
            change.run();
            return shown;
        });
        org.testfx.util.WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> window.fx(() -> window.map().shownFrameProperty().get() != before));
        window.awaitFrame();
    }

    /** A camera with no other resource within 150 m, so a click on it is unambiguous. */
    private static MapFeature loneCamera(LayerStack layers) {
        List<MapFeature> cameras = layers.resourceLayer(ResourceKind.CAMERA).orElseThrow().index().features().stream()
                .sorted(Comparator.comparing(f -> f.id().toString())).toList();
        for (MapFeature c : cameras) {
            Envelope around = new Envelope(c.x() - 150, c.x() + 150, c.y() - 150, c.y() + 150);
            long near = layers.layers().stream().filter(l -> l instanceof ResourceLayer)
                    .mapToLong(l -> l.index().query(around).size()).sum();
            if (near == 1) {
                return c;
            }
        }
        throw new AssertionError("every sample camera has a neighbour within 150 m");
    }

    /** Colours (RGB, quantised to 4 levels per channel) of the pixels sampled inside {@code area}, with counts. */
    private static Map<Integer, Long> pixelsIn(WritableImage shot, Viewport v, Geometry area) {
        // a point locator, not Geometry.contains: it needs no valid topology, only rings
        IndexedPointInAreaLocator locator = new IndexedPointInAreaLocator(area);
        PixelReader px = shot.getPixelReader();
        Map<Integer, Long> counts = new java.util.HashMap<>();
        for (int y = 2; y < (int) shot.getHeight(); y += 3) {
            for (int x = 2; x < (int) shot.getWidth(); x += 3) {
                if (locator.locate(new Coordinate(v.mapX(x + 0.5), v.mapY(y + 0.5))) == Location.INTERIOR) {
                    counts.merge(px.getArgb(x, y) & 0xfcfcfc, 1L, Long::sum);
                }
            }
        }
        assertThat(counts.values().stream().mapToLong(Long::longValue).sum())
                .as("sampled pixels inside the county").isGreaterThan(50);
        return counts;
    }

    private static boolean close(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) <= 4 && Math.abs(a.getGreen() - b.getGreen()) <= 4
                && Math.abs(a.getBlue() - b.getBlue()) <= 4;
    }

    private static Point2D rounded(Point2D p) {
        return new Point2D(Math.round(p.getX()), Math.round(p.getY()));
    }
}
