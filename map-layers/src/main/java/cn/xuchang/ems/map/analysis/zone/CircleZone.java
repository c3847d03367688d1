package cn.xuchang.ems.map.analysis.zone;

import cn.xuchang.ems.data.crs.Geodesy;
import cn.xuchang.ems.data.domain.LonLat;
import java.util.Objects;
import org.locationtech.jts.geom.Envelope;

/**
 * Everything within {@code radiusM} metres (geodesic, inclusive) of {@code centre}.
 */
public record CircleZone(LonLat centre, double radiusM) implements Zone {

    public CircleZone {
        Objects.requireNonNull(centre, "centre");
        if (!(radiusM > 0) || radiusM > 500_000) {
            throw new IllegalArgumentException("circle radius must be in (0, 500000] m, got " + radiusM);
        }
    }

    @Override
    public boolean contains(LonLat p) {
        return Geodesy.distance(centre, p) <= radiusM;
    }

    @Override
    public Envelope lonLatEnvelope() {
        Envelope e = new Envelope();
        for (double bearing : new double[] {0, 90, 180, 270}) {
            LonLat edge = Geodesy.destination(centre, bearing, radiusM * 1.001);
            e.expandToInclude(edge.lon(), edge.lat());
        }
        return e;
    }
}
