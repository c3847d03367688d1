package cn.xuchang.ems.data.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.xuchang.ems.data.domain.LonLat;
import org.junit.jupiter.api.Test;

class OffsetDatumTest {

    @Test
    void forwardMatchesPublishedGcj02Example() {
        // Reference values of the widely used coordtransform implementation (Tiananmen, Beijing).
        LonLat gcj = OffsetDatum.GCJ02.fromWgs84(new LonLat(116.404, 39.915));
        assertThat(gcj.lon()).isCloseTo(116.41024449916938, within(1e-9));
        assertThat(gcj.lat()).isCloseTo(39.91640428150164, within(1e-9));
    }

    @Test
    void offsetAtXuchangIsAboutFiveHundredSeventyMetres() {
        LonLat wgs = new LonLat(113.85, 34.03);
        LonLat gcj = OffsetDatum.GCJ02.fromWgs84(wgs);
        double metres = Geodesy.distance(wgs, gcj);
        assertThat(metres).isBetween(500.0, 650.0);
        assertThat(gcj.lon() - wgs.lon()).isCloseTo(0.0059, within(0.0006));
    }

    @Test
    void inverseRoundTripsWellBelowHalfAMetre() {
        for (OffsetDatum datum : OffsetDatum.values()) {
            for (double lon = 113.0; lon <= 114.6; lon += 0.1) {
                for (double lat = 33.6; lat <= 34.5; lat += 0.1) {
                    LonLat wgs = new LonLat(lon, lat);
                    LonLat back = datum.toWgs84(datum.fromWgs84(wgs));
                    assertThat(Geodesy.distance(wgs, back)).as("%s at %s", datum, wgs).isLessThan(0.01);
                }
            }
        }
    }

    @Test
    void bd09AddsBaiduOffsetOnTopOfGcj02() {
        LonLat wgs = new LonLat(113.85, 34.03);
        LonLat gcj = OffsetDatum.GCJ02.fromWgs84(wgs);
        LonLat bd = OffsetDatum.BD09.fromWgs84(wgs);
        assertThat(bd.lon() - gcj.lon()).isCloseTo(0.0065, within(0.0005));
        assertThat(bd.lat() - gcj.lat()).isCloseTo(0.006, within(0.0005));
    }

    @Test
    void leavesPointsOutsideChinaUnchanged() {
        LonLat paris = new LonLat(2.35, 48.85);
        assertThat(OffsetDatum.GCJ02.fromWgs84(paris)).isEqualTo(paris);
    }
}
