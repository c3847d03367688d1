package cn.xuchang.ems.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.xuchang.ems.app.ui.attributes.AttributeRow;
import cn.xuchang.ems.data.domain.BaseLayer;
import cn.xuchang.ems.data.domain.Camera;
import cn.xuchang.ems.data.domain.County;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.map.layer.Layer;
import cn.xuchang.ems.map.layer.LayerStack;
import cn.xuchang.ems.map.layer.MapFeature;
import cn.xuchang.ems.map.layer.ResourceLayer;
import cn.xuchang.ems.map.projection.Viewport;
import cn.xuchang.ems.app.ui.map.MapView;
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
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;

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
            window.app.window().attributePanel().clear();
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
            window.fxRun(() -> covering.forEach(l -> l.setVisible(false)));
            awaitFreshFrame();
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
            double share = shareOfPixelsIn(shot, v, county.geometry(), style.fillFor(county.code()));
            // the name, rivers and the boundary cover part of a county (a quarter of little Weidu)
            assertThat(share).as("share of %s (%s) drawn in its fill", county.name(), county.code()).isGreaterThan(0.5);
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

    /** Waits for a frame rendered after now (layer changes keep the viewport). */
    private static void awaitFreshFrame() throws Exception {
        var before = window.fx(() -> window.map().shownFrameProperty().get());
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

    /** Share of the sampled pixels inside {@code area} that show exactly {@code fill}. */
    private static double shareOfPixelsIn(WritableImage shot, Viewport v, Geometry area, Color fill) {
        // a point locator, not Geometry.contains: it needs no valid topology, only rings
        IndexedPointInAreaLocator locator = new IndexedPointInAreaLocator(area);
        PixelReader px = shot.getPixelReader();
        int inside = 0;
        int filled = 0;
        for (int y = 2; y < (int) shot.getHeight(); y += 5) {
            for (int x = 2; x < (int) shot.getWidth(); x += 5) {
                if (locator.locate(new Coordinate(v.mapX(x + 0.5), v.mapY(y + 0.5))) != Location.INTERIOR) {
                    continue;
                }
                inside++;
                int argb = px.getArgb(x, y);
                if (close(argb >> 16 & 0xff, fill.getRed()) && close(argb >> 8 & 0xff, fill.getGreen())
                        && close(argb & 0xff, fill.getBlue())) {
                    filled++;
                }
            }
        }
        assertThat(inside).as("sampled pixels inside the county").isGreaterThan(50);
        return filled / (double) inside;
    }

    private static boolean close(int a, int b) {
        return Math.abs(a - b) <= 3;
    }

    private static Point2D rounded(Point2D p) {
        return new Point2D(Math.round(p.getX()), Math.round(p.getY()));
    }
}
