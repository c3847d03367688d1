package cn.xuchang.ems.map.analysis.zone;

import cn.xuchang.ems.data.domain.LonLat;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * A drawn polygon in CGCS2000 lon/lat (x = lon). Edges are straight in lon/lat, as drawn on the map;
 * points on an edge or vertex are inside (JTS {@code covers}).
 */
public final class PolygonZone implements Zone {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final Geometry polygon;
    private final PreparedGeometry prepared;

    /** A zone from a polygon or multipolygon; fails for other geometries or invalid ones. */
    public PolygonZone(Geometry polygon) {
        if (!(polygon instanceof Polygonal) || polygon.isEmpty()) {
            throw new IllegalArgumentException("zone must be a POLYGON or MULTIPOLYGON in lon/lat, got "
                    + (polygon == null ? "nothing" : polygon.getGeometryType()));
        }
        if (!polygon.isValid()) {
            throw new IllegalArgumentException("zone polygon is not valid (self-intersecting or unclosed ring)");
        }
        Envelope e = polygon.getEnvelopeInternal();
        if (e.getMinX() < -180 || e.getMaxX() > 180 || e.getMinY() < -90 || e.getMaxY() > 90) {
            throw new IllegalArgumentException("zone polygon must be in lon/lat degrees (x = lon), got extent " + e);
        }
        this.polygon = polygon.copy();
        this.prepared = PreparedGeometryFactory.prepare(this.polygon);
    }

    /** The polygon (a copy). */
    public Geometry polygon() {
        return polygon.copy();
    }

    @Override
    public boolean contains(LonLat p) {
        return prepared.covers(GEOMETRY.createPoint(new Coordinate(p.lon(), p.lat())));
    }

    @Override
    public Envelope lonLatEnvelope() {
        return polygon.getEnvelopeInternal();
    }

    @Override
    public LonLat centre() {
        Coordinate c = polygon.getInteriorPoint().getCoordinate();
        return new LonLat(c.x, c.y);
    }
}
