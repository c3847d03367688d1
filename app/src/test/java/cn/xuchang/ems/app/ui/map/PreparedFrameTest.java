package cn.xuchang.ems.app.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.ems.app.ui.FxTestThread;
import cn.xuchang.ems.data.domain.BaseFeature;
import cn.xuchang.ems.data.domain.BaseLayer;
import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.data.domain.Provenance;
import cn.xuchang.ems.map.layer.LayerStack;
import cn.xuchang.ems.map.render.RenderedMap;
import cn.xuchang.ems.map.style.StyleSet;
import cn.xuchang.ems.map.style.Theme;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

class PreparedFrameTest {

    private static final StyleSet STYLES = StyleSet.bundled(Theme.LIGHT);
    private PreparedFrame prepared;

    @BeforeAll
    static void startFx() throws Exception {
        FxTestThread.start();
    }

    @AfterEach
    void closeRenderer() {
        prepared.renderer().close();
    }

    /** One county-sized square near Xuchang: enough for a home extent and a frame. */
    private static LayerStack layers() {
        GeometryFactory gf = new GeometryFactory();
        var square = gf.createPolygon(new Coordinate[] {new Coordinate(113.7, 33.9), new Coordinate(114.0, 33.9),
            new Coordinate(114.0, 34.2), new Coordinate(113.7, 34.2), new Coordinate(113.7, 33.9)});
        BaseFeature county = new BaseFeature(UUID.randomUUID(), BaseLayer.COUNTY, "411002", "魏都区", square,
                new LonLat(113.85, 34.05), 0, Provenance.created("test", Instant.EPOCH, "test", "EPSG:4490"));
        return LayerStack.standard(List.of(county), List.of(), STYLES);
    }

    private static RenderedMap firstFrameOf(MapView view) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            RenderedMap shown = FxTestThread.call(view::shownFrameProperty).get();
            if (shown != null) {
                return shown;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no frame shown within 10 s");
    }

    @Test
    void theCanvasShowsTheFrameDrawnAheadWhenItsHomeViewIsThatView() throws Exception {
        prepared = PreparedFrame.start(layers(), STYLES, Locale.SIMPLIFIED_CHINESE, 400, 300, 1.0);
        MapView view = FxTestThread.call(() -> {
            MapView v = new MapView();
            v.resize(400, 300);
            v.setMap(prepared);
            return v;
        });
        RenderedMap shown = firstFrameOf(view);
        assertThat(shown).isSameAs(prepared.job().result().get(10, TimeUnit.SECONDS));
        assertThat(FxTestThread.call(view::viewport)).isEqualTo(prepared.job().viewport());
    }

    @Test
    void aCanvasOfAnotherSizeRendersItsOwnFirstFrame() throws Exception {
        prepared = PreparedFrame.start(layers(), STYLES, Locale.SIMPLIFIED_CHINESE, 400, 300, 1.0);
        MapView view = FxTestThread.call(() -> {
            MapView v = new MapView();
            v.resize(500, 300);
            v.setMap(prepared);
            return v;
        });
        RenderedMap shown = firstFrameOf(view);
        assertThat(shown.viewport().width()).isEqualTo(500);
        assertThat(shown.viewport()).isEqualTo(MapView.homeViewport(prepared.renderer().layers(), 500, 300));
        assertThat(prepared.job().cancelled()).as("the frame drawn ahead was passed by").isTrue();
    }
}
