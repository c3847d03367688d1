package cn.xuchang.ems.map.analysis.zone;

import cn.xuchang.ems.data.crs.GaussKruger;
import cn.xuchang.ems.data.domain.LonLat;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Everything within {@code distanceM} of some features (e.g. 500 m around a chemical plant and its
 * pipeline), buffered in EPSG:4547 metres by JTS. Near Xuchang the Gauss-Krüger scale differs from
 * 1 by at most ~0.013 %, i.e. 13 cm on a 1 km buffer. Points on the edge are inside.
 */
public final class BufferZone implements Zone {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final int QUADRANT_SEGMENTS = 16;

    private final Geometry projectedBuffer;
    private final PreparedGeometry prepared;
    private final Envelope lonLatEnvelope;
    private final LonLat centre;

    /** The zone within {@code distanceM} metres of any of {@code features} (lon/lat geometries). */
    public BufferZone(List<Geometry> features, double distanceM) {
        if (features.isEmpty()) {
            throw new IllegalArgumentException("a buffer zone needs at least one selected feature");
        }
        if (!(distanceM > 0) || distanceM > 200_000) {
            throw new IllegalArgumentException("buffer distance must be in (0, 200000] m, got " + distanceM);
        }
        Geometry union = GEOMETRY.buildGeometry(features.stream().map(BufferZone::project).toList());
        this.projectedBuffer = union.buffer(distanceM, QUADRANT_SEGMENTS);
        this.prepared = PreparedGeometryFactory.prepare(projectedBuffer);
        Envelope e = new Envelope();
        for (Coordinate c : projectedBuffer.getCoordinates()) {
            LonLat p = GaussKruger.CM_114E.inverse(c.x, c.y);
            e.expandToInclude(p.lon(), p.lat());
        }
        e.expandBy(1e-6);
        this.lonLatEnvelope = e;
        Coordinate inner = projectedBuffer.getInteriorPoint().getCoordinate();
        this.centre = GaussKruger.CM_114E.inverse(inner.x, inner.y);
    }

    @Override
    public boolean contains(LonLat p) {
        double[] xy = GaussKruger.CM_114E.forward(p);
        return prepared.covers(GEOMETRY.createPoint(new Coordinate(xy[0], xy[1])));
    }

    @Override
    public Envelope lonLatEnvelope() {
        return lonLatEnvelope;
    }

    @Override
    public LonLat centre() {
        return centre;
    }

    private static Geometry project(Geometry lonLat) {
        Geometry g = lonLat.copy();
        double[] xy = new double[2];
        g.apply((org.locationtech.jts.geom.CoordinateFilter) c -> {
            GaussKruger.CM_114E.forward(c.x, c.y, xy);
            c.x = xy[0];
            c.y = xy[1];
        });
        g.geometryChanged();
        return g;
    }
}
