package cn.xuchang.ems.data.io;

import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * One row or feature as read from a source file, before mapping and validation.
 *
 * @param number     1-based position for messages: the line number in CSV, the row in a sheet,
 *                   the feature index in GeoJSON/shapefile/GeoPackage/KML
 * @param attributes raw values by source column name (String, Number, Boolean, or null)
 * @param geometry   geometry in the source CRS when the format has one, else null (coordinates
 *                   then come from mapped columns)
 * @param problem    a defect the reader found in this row alone (e.g. wrong cell count), or null;
 *                   validation refuses the row with it
 */
public record SourceFeature(int number, Map<String, Object> attributes, Geometry geometry, String problem) {

    /** A feature without reader problem. */
    public SourceFeature(int number, Map<String, Object> attributes, Geometry geometry) {
        this(number, attributes, geometry, null);
    }
}
