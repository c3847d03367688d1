package cn.xuchang.ems.data.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CrsDetectorTest {
    // Weidu fire brigade (113.8267, 34.0262) and Yanling flood team (114.188, 34.102) per PROJ cs2cs
    private static final List<double[]> GK_4547 = List.of(new double[] {483994.624, 3766581.159},
            new double[] {517347.564, 3774991.576});

    @Test
    void tellsLonLatFromMetres() {
        CrsGuess g = CrsDetector.detect(List.of(new double[] {113.8267, 34.0262}, new double[] {114.188, 34.102}));
        assertThat(g.crs()).isEqualTo(GeographicCrs.CGCS2000);
        assertThat(g.reason()).contains("gcj02");
    }

    @Test
    void findsEpsg4547InBothAxisOrders() {
        CrsGuess en = CrsDetector.detect(GK_4547);
        assertThat(en.crs().id()).isEqualTo("EPSG:4547");
        assertThat(en.axesSwapped()).isFalse();
        CrsGuess ne = CrsDetector.detect(GK_4547.stream().map(p -> new double[] {p[1], p[0]}).toList());
        assertThat(ne.crs().id()).isEqualTo("EPSG:4547");
        assertThat(ne.axesSwapped()).isTrue();
    }

    @Test
    void tellsZonePrefixedGaussKrugerFromWebMercator() {
        assertThat(CrsDetector.detect(List.<double[]>of(new double[] {38483994.624, 3766581.159})).crs().id())
                .isEqualTo("EPSG:4526");
        assertThat(CrsDetector.detect(List.<double[]>of(new double[] {12671130.283, 4032320.589})).crs().id())
                .isEqualTo("EPSG:3857");
    }

    @Test
    void refusesCoordinatesNoSystemPutsInXuchang() {
        assertThatThrownBy(() -> CrsDetector.detect(List.<double[]>of(new double[] {1234.0, 5678.0})))
                .hasMessageContaining("cannot tell the coordinate system").hasMessageContaining("--crs");
    }

    @Test
    void checksDeclaredSystemsAgainstTheMagnitudes() {
        assertThatThrownBy(() -> CrsDetector.check(GeographicCrs.WGS84, GK_4547, "--crs"))
                .hasMessageContaining("are metres");
        assertThatThrownBy(() -> CrsDetector.check(CrsRegistry.parse("epsg:4547"),
                List.<double[]>of(new double[] {113.8, 34.0}), "the file")).hasMessageContaining("are degrees");
        assertThat(CrsDetector.check(CrsRegistry.parse("epsg:4547"),
                GK_4547.stream().map(p -> new double[] {p[1], p[0]}).toList(), "--crs").axesSwapped()).isTrue();
    }
}
