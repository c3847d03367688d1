package cn.xuchang.ems.map.analysis.zone;

import cn.xuchang.ems.data.domain.LonLat;
import org.locationtech.jts.geom.Envelope;

/**
 * An area asked about: a drawn polygon, a circle, or a buffer around features. Points on the edge
 * count as inside. Implementations are immutable and thread-safe.
 */
public sealed interface Zone permits PolygonZone, CircleZone, BufferZone {

    /** True when the position is inside or on the edge. */
    boolean contains(LonLat p);

    /** A lon/lat box containing the zone (for a first filter). */
    Envelope lonLatEnvelope();

    /** A representative point inside the zone (for "nearest shelters"). */
    LonLat centre();
}
