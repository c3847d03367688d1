package cn.xuchang.ems.app.ui.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.xuchang.ems.data.crs.GaussKruger;
import cn.xuchang.ems.data.domain.LonLat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

class EllipsoidalMeasureTest {

    // A block in central Xuchang, 2 km east of the 114°E central meridian, where EPSG:4547's scale
    // factor is 1 + 5e-8: projected and ellipsoidal measures must agree to far better than 0.01 %.
    private static final List<LonLat> BLOCK = List.of(new LonLat(114.02, 34.02), new LonLat(114.05, 34.02),
            new LonLat(114.05, 34.04), new LonLat(114.02, 34.04));

    @Test
    void areaAgreesWithTheProjectedAreaNearTheCentralMeridian() {
        GeometryFactory gf = new GeometryFactory();
        Coordinate[] ring = new Coordinate[BLOCK.size() + 1];
        for (int i = 0; i < BLOCK.size(); i++) {
            double[] en = GaussKruger.CM_114E.forward(BLOCK.get(i));
            ring[i] = new Coordinate(en[0], en[1]);
        }
        ring[BLOCK.size()] = ring[0];
        double projected = gf.createPolygon(ring).getArea();
        double ellipsoidal = EllipsoidalMeasure.area(BLOCK);
        assertThat(ellipsoidal).isGreaterThan(6e6).isCloseTo(projected, within(projected * 1e-4));
    }

    @Test
    void areaDoesNotDependOnTheRingsOrientation() {
        List<LonLat> reversed = new java.util.ArrayList<>(BLOCK);
        java.util.Collections.reverse(reversed);
        assertThat(EllipsoidalMeasure.area(reversed)).isCloseTo(EllipsoidalMeasure.area(BLOCK), within(1e-3));
    }

    @Test
    void lengthAddsTheGeodesicsAndPerimeterClosesTheRing() {
        double east = EllipsoidalMeasure.length(BLOCK.subList(0, 2));
        double[] a = GaussKruger.CM_114E.forward(BLOCK.get(0));
        double[] b = GaussKruger.CM_114E.forward(BLOCK.get(1));
        assertThat(east).isCloseTo(Math.hypot(b[0] - a[0], b[1] - a[1]), within(0.5));
        double perimeter = EllipsoidalMeasure.perimeter(BLOCK);
        assertThat(perimeter).isCloseTo(EllipsoidalMeasure.length(BLOCK)
                + EllipsoidalMeasure.length(List.of(BLOCK.get(3), BLOCK.get(0))), within(1e-6));
        assertThat(EllipsoidalMeasure.area(BLOCK.subList(0, 2))).isZero();
        assertThat(EllipsoidalMeasure.length(BLOCK.subList(0, 1))).isZero();
    }
}
