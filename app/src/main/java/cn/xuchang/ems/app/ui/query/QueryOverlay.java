package cn.xuchang.ems.app.ui.query;

import cn.xuchang.ems.data.domain.LonLat;
import java.util.List;

/**
 * What a query result looks like on the map, in CGCS2000 lon/lat, for the map to draw: the incident,
 * a line from it to each result, camera view sectors (closed rings), service circles (coverage
 * shading, zone circle) and gap points.
 */
public record QueryOverlay(LonLat incident, List<LonLat> lineEnds, List<List<LonLat>> sectors,
                           List<ServiceCircle> circles, List<LonLat> gapPoints) {

    /** Nothing to draw. */
    public static final QueryOverlay EMPTY = new QueryOverlay(null, List.of(), List.of(), List.of(), List.of());

    public QueryOverlay {
        lineEnds = List.copyOf(lineEnds);
        sectors = sectors.stream().map(List::copyOf).toList();
        circles = List.copyOf(circles);
        gapPoints = List.copyOf(gapPoints);
    }

    /** A circle of {@code radiusM} geodesic metres around {@code centre}. */
    public record ServiceCircle(LonLat centre, double radiusM) {
    }
}
