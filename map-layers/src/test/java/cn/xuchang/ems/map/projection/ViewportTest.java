package cn.xuchang.ems.map.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import cn.xuchang.ems.data.domain.LonLat;
import java.awt.geom.Point2D;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class ViewportTest {

    private final Viewport vp = new Viewport(486_147.15, 3_766_999.27, 2.5, 1920, 1080);

    @Test
    void screenToMapAndBackIsTheIdentity() {
        Random r = new Random(7);
        for (int i = 0; i < 1000; i++) {
            double sx = r.nextDouble() * 1920;
            double sy = r.nextDouble() * 1080;
            Point2D.Double m = vp.toMap(sx, sy);
            Point2D.Double s = vp.toScreen(m.x, m.y);
            assertThat(s.x).isCloseTo(sx, within(1e-6));
            assertThat(s.y).isCloseTo(sy, within(1e-6));
        }
    }

    @Test
    void northIsUpAndTheCentreIsInTheMiddle() {
        assertThat(vp.toScreen(vp.centreX(), vp.centreY())).isEqualTo(new Point2D.Double(960, 540));
        // 100 m north is 40 px up at 2.5 m/px.
        assertThat(vp.screenY(vp.centreY() + 100)).isCloseTo(500, within(1e-9));
        assertThat(vp.screenX(vp.centreX() + 100)).isCloseTo(1000, within(1e-9));
    }

    @Test
    void lonLatRoundTripGoesThroughEpsg4547() {
        // PROJ reference point (domain.md): lon 113.85, lat 34.03 -> E 486147.150, N 3766999.270.
        Point2D.Double s = vp.toScreen(new LonLat(113.85, 34.03));
        assertThat(s.x).isCloseTo(960, within(0.001));
        assertThat(s.y).isCloseTo(540, within(0.001));
        LonLat back = vp.toLonLat(123.4, 567.8);
        Point2D.Double again = vp.toScreen(back);
        assertThat(again.x).isCloseTo(123.4, within(1e-4));
        assertThat(again.y).isCloseTo(567.8, within(1e-4));
    }

    @Test
    void zoomAtCursorKeepsThePointUnderTheCursorFixed() {
        double sx = 311.7;
        double sy = 845.2;
        Point2D.Double before = vp.toMap(sx, sy);
        Viewport zoomed = vp.zoomAt(1.25, sx, sy);
        assertThat(zoomed.metresPerPixel()).isCloseTo(2.0, within(1e-12));
        Point2D.Double after = zoomed.toMap(sx, sy);
        assertThat(after.x).isCloseTo(before.x, within(1e-6));
        assertThat(after.y).isCloseTo(before.y, within(1e-6));
        Viewport out = zoomed.zoomAt(1 / 1.25, sx, sy);
        assertThat(out.centreX()).isCloseTo(vp.centreX(), within(1e-6));
        assertThat(out.centreY()).isCloseTo(vp.centreY(), within(1e-6));
    }

    @Test
    void zoomIsClampedToTheUsefulRange() {
        assertThat(vp.zoomAt(1e9, 10, 10).metresPerPixel()).isEqualTo(Viewport.MIN_METRES_PER_PIXEL);
        assertThat(vp.zoomAt(1e-9, 10, 10).metresPerPixel()).isEqualTo(Viewport.MAX_METRES_PER_PIXEL);
    }

    @Test
    void panMovesTheContentWithTheDrag() {
        Point2D.Double m = vp.toMap(100, 200);
        Viewport panned = vp.pan(30, -12);
        Point2D.Double s = panned.toScreen(m.x, m.y);
        assertThat(s.x).isCloseTo(130, within(1e-9));
        assertThat(s.y).isCloseTo(188, within(1e-9));
    }

    @Test
    void fitShowsTheWholeEnvelopeCentred() {
        Envelope env = new Envelope(440_000, 520_000, 3_740_000, 3_800_000);
        Viewport fit = Viewport.fit(env, 1600, 1000, 20);
        Envelope shown = fit.envelope();
        assertThat(shown.contains(env)).isTrue();
        assertThat(fit.centreX()).isEqualTo(480_000);
        // Tight in the height: 60 km over 960 px (80 km over 1560 px would leave the height cut).
        assertThat(fit.metresPerPixel()).isCloseTo(60_000 / 960.0, within(1e-9));
    }

    @Test
    void mapToScreenTransformAgreesWithThePointMethods() {
        Point2D.Double p = new Point2D.Double(487_000, 3_767_500);
        Point2D.Double t = (Point2D.Double) vp.mapToScreen().transform(p, new Point2D.Double());
        assertThat(t.x).isCloseTo(vp.screenX(p.x), within(1e-6));
        assertThat(t.y).isCloseTo(vp.screenY(p.y), within(1e-6));
    }

    @Test
    void rejectsDegenerateViews() {
        assertThatThrownBy(() -> new Viewport(0, 0, 0, 10, 10)).hasMessageContaining("metres per pixel");
        assertThatThrownBy(() -> new Viewport(0, 0, 1, 0, 10)).hasMessageContaining("size");
        assertThatThrownBy(() -> vp.zoomAt(0, 1, 1)).hasMessageContaining("zoom factor");
    }
}
