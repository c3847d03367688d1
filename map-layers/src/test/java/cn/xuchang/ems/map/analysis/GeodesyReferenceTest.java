package cn.xuchang.ems.map.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.xuchang.ems.data.crs.Geodesy;
import cn.xuchang.ems.data.domain.LonLat;
import org.junit.jupiter.api.Test;

/**
 * The distances the analyses use, against values published with GeographicLib (WGS84 there; CGCS2000's
 * flattening differs by 1.6e-11, i.e. well under a millimetre on these lines).
 */
class GeodesyReferenceTest {

    @Test
    void jfkToHeathrowMatchesTheGeographicLibExample() {
        // GeographicLib example-Geodesic-small: Inverse(40.6, -73.8, 51.6, -0.5) = 5551.759400 km
        double s = Geodesy.distance(new LonLat(-73.8, 40.6), new LonLat(-0.5, 51.6));
        assertThat(s).isCloseTo(5_551_759.400, within(0.01));
    }

    @Test
    void wellingtonToSalamancaMatchesTheGeographicLibExample() {
        // GeographicLib Python docs: Inverse(-41.32, 174.81, 40.96, -5.50): s12 = 19959679.267 m, azi1 = 161.067°
        Geodesy.DistanceBearing db = Geodesy.inverse(new LonLat(174.81, -41.32), new LonLat(-5.50, 40.96));
        assertThat(db.distanceM()).isCloseTo(19_959_679.267, within(0.01));
        assertThat(db.bearingDeg()).isCloseTo(161.067, within(0.001));
    }

    @Test
    void directFromJfkMatchesTheGeographicLibExample() {
        // GeographicLib example-Geodesic: Direct(40.6, -73.8, azi 51, 5.5e6 m) -> 51.8846, -1.14117
        LonLat p = Geodesy.destination(new LonLat(-73.8, 40.6), 51, 5.5e6);
        assertThat(p.lat()).isCloseTo(51.8846, within(1e-4));
        assertThat(p.lon()).isCloseTo(-1.14117, within(1e-5));
    }

    @Test
    void bearingsPointWhereTheyShould() {
        LonLat xuchang = new LonLat(113.85, 34.03);
        assertThat(Geodesy.inverse(xuchang, new LonLat(113.85, 34.10)).bearingDeg()).isCloseTo(0, within(1e-9));
        assertThat(Geodesy.inverse(xuchang, new LonLat(113.85, 33.90)).bearingDeg()).isCloseTo(180, within(1e-9));
        assertThat(Geodesy.inverse(xuchang, new LonLat(113.95, 34.03)).bearingDeg()).isBetween(89.9, 90.0);
        assertThat(Geodesy.inverse(xuchang, new LonLat(113.75, 34.03)).bearingDeg()).isBetween(270.0, 270.1);
    }
}
