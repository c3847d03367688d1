package cn.xuchang.ems.map.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xuchang.ems.data.domain.BaseFeature;
import cn.xuchang.ems.data.domain.County;
import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.map.layer.LayerStack;
import cn.xuchang.ems.map.projection.Viewport;
import cn.xuchang.ems.map.style.StyleSet;
import cn.xuchang.ems.map.style.Theme;
import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

class MapRendererTest {

    private static final StyleSet LIGHT = StyleSet.bundled(Theme.LIGHT);
    private static final RenderOptions PLAIN = RenderOptions.defaults().withLabels(false).withFurniture(false);
    private static final LonLat CAMERA_AT = new LonLat(113.8262, 34.0263);

    private static LayerStack stack(List<Resource> resources) {
        return LayerStack.standard(SampleMaps.BASE.features(), resources, LIGHT);
    }

    @Test
    void drawsEachCountyInItsOwnFill() {
        LayerStack stack = stack(List.of());
        Viewport city = Viewport.fit(stack.homeExtent(), 1200, 800, 10);
        BufferedImage img = new MapRenderer(stack).render(city, PLAIN).image();
        for (County c : County.values()) {
            Color expected = LIGHT.get("county").fillFor(c.code());
            assertThat(dominantColourInside(img, city, SampleMaps.BASE.county(c))).as(c.nameZh())
                    .isEqualTo(expected.getRGB() & 0xFFFFFF);
        }
    }

    @Test
    void drawsACameraSymbolAtTheCamerasScreenPositionAndGreysItOffline() {
        Resource online = TestResources.camera("在线", CAMERA_AT.lon(), CAMERA_AT.lat(), true);
        Resource offline = TestResources.camera("离线", CAMERA_AT.lon() + 0.0005, CAMERA_AT.lat(), false);
        LayerStack stack = stack(List.of(online, offline));
        Viewport street = Viewport.centredOn(CAMERA_AT, 1.0, 400, 300);
        BufferedImage img = new MapRenderer(stack).render(street, PLAIN).image();
        Point2D.Double on = street.toScreen(online.location());
        Point2D.Double off = street.toScreen(offline.location());
        assertThat(pixelsNear(img, on, new Color(0x0D47A1))).isGreaterThan(20);
        assertThat(pixelsNear(img, off, new Color(0x0D47A1))).isZero();
        assertThat(pixelsNear(img, off, new Color(0x9E9E9E))).isGreaterThan(20);
        // and nothing navy far from the cameras
        assertThat(pixelsNear(img, new Point2D.Double(on.x, on.y + 60), new Color(0x0D47A1))).isZero();
    }

    @Test
    void drawsTheCameraViewSectorTowardsItsHeadingAtStreetScale() {
        // The test camera looks east (heading 90°), 60° wide, 150 m deep.
        Resource cam = TestResources.camera("东", CAMERA_AT.lon(), CAMERA_AT.lat(), true);
        LayerStack stack = stack(List.of(cam));
        Viewport street = Viewport.centredOn(CAMERA_AT, 1.0, 400, 300);
        BufferedImage img = new MapRenderer(stack).render(street, PLAIN).image();
        Point2D.Double at = street.toScreen(cam.location());
        int east = img.getRGB((int) at.x + 80, (int) at.y) & 0xFFFFFF;
        int west = img.getRGB((int) at.x - 80, (int) at.y) & 0xFFFFFF;
        int north = img.getRGB((int) at.x, (int) at.y - 80) & 0xFFFFFF;
        assertThat(west).isEqualTo(north).isNotEqualTo(east);
        assertThat(east & 0xFF).as("bluer than the county fill").isGreaterThan(west & 0xFF);
        // At city scale there are no sectors.
        Viewport city = Viewport.centredOn(CAMERA_AT, 20, 400, 300);
        BufferedImage far = new MapRenderer(stack).render(city, PLAIN).image();
        Point2D.Double c = city.toScreen(cam.location());
        assertThat(far.getRGB((int) c.x + 12, (int) c.y) & 0xFFFFFF).isEqualTo(far.getRGB((int) c.x - 12, (int) c.y) & 0xFFFFFF);
    }

    @Test
    void rendersAtTheExtremesOfTheZoomRange() {
        LayerStack stack = SampleMaps.standard();
        MapRenderer r = new MapRenderer(stack);
        for (double mpp : new double[] {Viewport.MIN_METRES_PER_PIXEL, Viewport.MAX_METRES_PER_PIXEL}) {
            Viewport vp = Viewport.centredOn(CAMERA_AT, mpp, 640, 480);
            RenderedMap map = r.render(vp, RenderOptions.defaults());
            assertThat(map.pixelWidth()).isEqualTo(640);
            // Close in: inside 魏都区, the frame shows its fill.
            if (mpp == Viewport.MIN_METRES_PER_PIXEL) {
                assertThat(map.image().getRGB(320, 100) & 0xFFFFFF).isEqualTo(LIGHT.get("county").fillFor("411002").getRGB() & 0xFFFFFF);
            }
        }
    }

    @Test
    void rendersAtTheHiDpiScaleFactor() {
        LayerStack stack = stack(List.of());
        Viewport vp = Viewport.centredOn(CAMERA_AT, 5, 300, 200);
        RenderedMap map = new MapRenderer(stack).render(vp, PLAIN.withScaleFactor(2));
        assertThat(map.pixelWidth()).isEqualTo(600);
        assertThat(map.pixelHeight()).isEqualTo(400);
        assertThat(map.argbPremultiplied()).hasSize(600 * 400);
    }

    @Test
    void hitTestFindsTheFeatureUnderItsSymbolNearestFirst() {
        Resource cam = TestResources.camera("甲", CAMERA_AT.lon(), CAMERA_AT.lat(), true);
        Resource hazard = TestResources.hazard("乙", CAMERA_AT.lon() + 0.0001, CAMERA_AT.lat(), 1);
        MapRenderer r = new MapRenderer(stack(List.of(cam, hazard)));
        Viewport vp = Viewport.centredOn(CAMERA_AT, 1.0, 400, 300);
        Point2D.Double at = vp.toScreen(cam.location());
        List<Hit> hits = r.hitTest(vp, at.x + 2, at.y - 1, 3, PLAIN);
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).feature().resource()).contains(cam);
        // The hazard symbol (9 m east = 9 px) overlaps: listed too, after the camera; the county polygon last.
        assertThat(hits).extracting(h -> h.layer().id()).containsSubsequence("camera", "hazard_source", "county");
        List<Hit> far = r.hitTest(vp, at.x + 60, at.y + 60, 3, PLAIN);
        assertThat(far).extracting(h -> h.layer().id()).containsOnly("county");
    }

    @Test
    void atCityViewPointsAreClusteredAndAClusterHitListsItsMembers() {
        List<Resource> cams = new ArrayList<>();
        Random rnd = new Random(1);
        for (int i = 0; i < 400; i++) {
            cams.add(TestResources.camera("c" + i, CAMERA_AT.lon() + rnd.nextGaussian() * 0.01,
                    CAMERA_AT.lat() + rnd.nextGaussian() * 0.01, true));
        }
        LayerStack stack = stack(cams);
        MapRenderer r = new MapRenderer(stack);
        Viewport city = Viewport.fit(stack.homeExtent(), 1200, 800, 10);
        RenderedMap map = r.render(city, PLAIN);
        // 400 cameras within ~1 km: a handful of cluster symbols, not 400.
        assertThat(map.drawnFeatures()).isLessThan(6 + 30 + 100);
        Point2D.Double at = city.toScreen(CAMERA_AT);
        List<Hit> hits = r.hitTest(city, at.x, at.y, 20, PLAIN);
        Hit cluster = hits.stream().filter(h -> h.layer().id().equals("camera")).findFirst().orElseThrow();
        assertThat(cluster.cluster()).isTrue();
        assertThat(cluster.features().size()).isGreaterThan(20);
        // Zoomed to street level the same cameras are drawn one by one (those in view).
        Viewport street = Viewport.centredOn(CAMERA_AT, 2, 1200, 800);
        assertThat(r.hitTest(street, street.toScreen(cams.get(0).location()).x,
                street.toScreen(cams.get(0).location()).y, 1, PLAIN).get(0).cluster()).isFalse();
    }

    @Test
    void aClusterShowsItsMostSevereMember() {
        List<Resource> hazards = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            hazards.add(TestResources.hazard("h" + i, CAMERA_AT.lon() + i * 0.0002, CAMERA_AT.lat(), i == 7 ? 1 : 4));
        }
        LayerStack stack = stack(hazards);
        Viewport city = Viewport.centredOn(CAMERA_AT, 300, 600, 400);
        BufferedImage img = new MapRenderer(stack).render(city, PLAIN).image();
        Point2D.Double at = city.toScreen(CAMERA_AT);
        Color grade1 = LIGHT.get("hazard_source").symbolFor("grade1").fill();
        assertThat(pixelsNear(img, at, grade1, 14)).isGreaterThan(20);
    }

    @Test
    void skipsPolygonsSmallerThanAPixelAndSimplifiesPerLevel() {
        ShapeCache cache = new ShapeCache();
        LayerStack stack = stack(List.of());
        var index = stack.baseLayer(cn.xuchang.ems.data.domain.BaseLayer.COUNTY).orElseThrow().index();
        var yuzhou = index.features().stream().filter(f -> f.code().equals(County.YUZHOU.code())).findFirst().orElseThrow();
        int fine = vertices(cache.shape(index, yuzhou, 0));
        int coarse = vertices(cache.shape(index, yuzhou, 9));
        assertThat(coarse).isLessThan(fine / 2);
        assertThat(cache.shape(index, yuzhou, 9)).isSameAs(cache.shape(index, yuzhou, 9));
        // Ten 30 m squares: drawn at 1 m/px, skipped as sub-pixel at 100 m/px.
        List<BaseFeature> ponds = new ArrayList<>();
        GeometryFactory gf = new GeometryFactory();
        for (int i = 0; i < 10; i++) {
            double lon = CAMERA_AT.lon() + i * 0.0005;
            double d = 0.0003;
            Geometry sq = gf.toGeometry(new Envelope(lon, lon + d, CAMERA_AT.lat(), CAMERA_AT.lat() + d));
            ponds.add(new BaseFeature(java.util.UUID.randomUUID(), cn.xuchang.ems.data.domain.BaseLayer.COUNTY, "p" + i,
                    "", sq, null, 0, SampleMaps.BASE.features().get(0).provenance()));
        }
        LayerStack pondStack = new LayerStack();
        pondStack.add(new cn.xuchang.ems.map.layer.BaseMapLayer(cn.xuchang.ems.data.domain.BaseLayer.COUNTY, ponds));
        MapRenderer pr = new MapRenderer(pondStack);
        assertThat(pr.render(Viewport.centredOn(CAMERA_AT, 1, 1200, 200), PLAIN).drawnFeatures()).isEqualTo(10);
        assertThat(pr.render(Viewport.centredOn(CAMERA_AT, 100, 800, 200), PLAIN).drawnFeatures()).isZero();
    }

    @Test
    void sharedCountyBordersAreStrokedOnce() {
        ShapeCache cache = new ShapeCache();
        LayerStack stack = stack(List.of());
        var index = stack.baseLayer(cn.xuchang.ems.data.domain.BaseLayer.COUNTY).orElseThrow().index();
        double rings = 0;
        for (var f : index.features()) {
            rings += f.geometry().getBoundary().getLength();
        }
        // Unsimplified (level -10: ~1 mm tolerance) the noded borders are the union of the rings:
        // every border between two counties once, so clearly shorter than the rings together.
        java.awt.geom.PathIterator it = cache.borders(index, -10).getPathIterator(null);
        double length = 0;
        double[] c = new double[6];
        double lx = 0;
        double ly = 0;
        while (!it.isDone()) {
            int type = it.currentSegment(c);
            if (type == java.awt.geom.PathIterator.SEG_LINETO) {
                length += Math.hypot(c[0] - lx, c[1] - ly);
            }
            lx = c[0];
            ly = c[1];
            it.next();
        }
        assertThat(length).isLessThan(rings * 0.8).isGreaterThan(rings * 0.5);
    }

    @Test
    void aCancelledRenderStopsAndASupersededJobIsCancelled() throws Exception {
        LayerStack stack = SampleMaps.standard();
        MapRenderer r = new MapRenderer(stack);
        Viewport city = Viewport.fit(stack.homeExtent(), 800, 600, 10);
        assertThatThrownBy(() -> r.render(city, PLAIN, () -> true)).isInstanceOf(CancellationException.class);
        RenderJob first = r.submit(city, PLAIN);
        RenderJob second = r.submit(city.pan(100, 0), PLAIN);
        RenderedMap done = second.result().get(30, TimeUnit.SECONDS);
        assertThat(first.cancelled()).isTrue();
        assertThat(first.result().isCancelled() || first.result().isDone()).isTrue();
        assertThat(done.viewport()).isEqualTo(city.pan(100, 0));
        r.close();
    }

    @Test
    void aPannedFrameFromTheBaseRasterCacheMatchesAFreshRender() {
        LayerStack stack = SampleMaps.standard();
        Viewport before = Viewport.centredOn(new LonLat(113.80, 34.05), 20, 700, 500);
        Viewport after = before.pan(37, -12);
        MapRenderer warm = new MapRenderer(stack);
        warm.render(before, RenderOptions.defaults());
        BufferedImage reused = warm.render(after, RenderOptions.defaults()).image();
        BufferedImage fresh = new MapRenderer(stack).render(after, RenderOptions.defaults()).image();
        int differing = 0;
        for (int y = 0; y < fresh.getHeight(); y++) {
            for (int x = 0; x < fresh.getWidth(); x++) {
                if (!close(fresh.getRGB(x, y), reused.getRGB(x, y))) {
                    differing++;
                }
            }
        }
        assertThat(differing).isLessThan(fresh.getWidth() * fresh.getHeight() / 2000);
    }

    @Test
    void overviewFramesTheCurrentViewInRed() {
        LayerStack stack = stack(List.of());
        MapRenderer r = new MapRenderer(stack);
        Viewport view = Viewport.centredOn(CAMERA_AT, 10, 800, 600);
        RenderedMap inset = r.renderOverview(view, 240, 160, PLAIN);
        Viewport all = Viewport.fit(stack.homeExtent(), 240, 160, 4);
        org.locationtech.jts.geom.Envelope e = view.envelope();
        Point2D.Double corner = new Point2D.Double(all.screenX(e.getMinX()), all.screenY(e.getMaxY()));
        assertThat(pixelsNear(inset.image(), corner, new Color(0xD50000), 2)).isGreaterThan(3);
        assertThat(pixelsNear(inset.image(), new Point2D.Double(20, 140), new Color(0xD50000), 2)).isZero();
    }

    @Test
    void legendListsEveryVisibleLayerAndStateFromTheStyles() {
        LayerStack stack = stack(List.of());
        MapRenderer r = new MapRenderer(stack);
        List<LegendEntry> zh = r.legend(RenderOptions.defaults());
        assertThat(zh).extracting(LegendEntry::title).contains("危险源 一级", "视频监控点 离线", "避难场所 已满", "县（市、区）");
        stack.resourceLayer(ResourceKind.CAMERA).orElseThrow().setVisible(false);
        List<LegendEntry> en = r.legend(RenderOptions.defaults().withLocale(java.util.Locale.ENGLISH));
        assertThat(en).extracting(LegendEntry::title).contains("Hazard sources grade I").noneMatch(t -> t.startsWith("Cameras"));
    }

    private static int vertices(java.awt.Shape s) {
        int n = 0;
        for (var it = s.getPathIterator(null); !it.isDone(); it.next()) {
            n++;
        }
        return n;
    }

    static int pixelsNear(BufferedImage img, Point2D.Double at, Color colour) {
        return pixelsNear(img, at, colour, 8);
    }

    static int pixelsNear(BufferedImage img, Point2D.Double at, Color colour, int r) {
        int n = 0;
        for (int y = (int) at.y - r; y <= (int) at.y + r; y++) {
            for (int x = (int) at.x - r; x <= (int) at.x + r; x++) {
                if (x >= 0 && y >= 0 && x < img.getWidth() && y < img.getHeight() && close(img.getRGB(x, y), colour.getRGB())) {
                    n++;
                }
            }
        }
        return n;
    }

    private static boolean close(int a, int b) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF)) > 6) {
                return false;
            }
        }
        return true;
    }

    static int dominantColourInside(BufferedImage img, Viewport vp, BaseFeature county) {
        Geometry g = county.geometry();
        Envelope e = g.getEnvelopeInternal();
        GeometryFactory gf = new GeometryFactory();
        Map<Integer, Integer> counts = new HashMap<>();
        for (int i = 1; i < 25; i++) {
            for (int j = 1; j < 25; j++) {
                double lon = e.getMinX() + e.getWidth() * i / 25;
                double lat = e.getMinY() + e.getHeight() * j / 25;
                if (g.contains(gf.createPoint(new Coordinate(lon, lat)))) {
                    Point2D.Double s = vp.toScreen(new LonLat(lon, lat));
                    counts.merge(img.getRGB((int) s.x, (int) s.y) & 0xFFFFFF, 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }
}
