package cn.xuchang.ems.data.io.mapping;

import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.data.io.Column;
import cn.xuchang.ems.data.io.ResourceAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * The fields a source column can be mapped to: coordinates ({@code lon}, {@code lat}, or
 * {@code x}/{@code y} metres, whichever axis each holds), a WKT geometry, the common
 * resource fields and the typed detail fields of the kind (by their snake_case column names).
 * {@link #IGNORE} drops a column.
 */
public final class TargetField {
    public static final String LON = "lon";
    public static final String LAT = "lat";
    /** Metric coordinate; which of x/y is easting is decided from the magnitudes (Chinese survey X is northing). */
    public static final String X = "x";
    public static final String Y = "y";
    public static final String WKT = "wkt";
    public static final String IGNORE = "ignore";

    private TargetField() {
    }

    /** Every field name valid for {@code kind}, for messages and the wizard's choice lists. */
    public static List<String> all(ResourceKind kind) {
        List<String> names = new ArrayList<>(List.of(LON, LAT, X, Y, WKT, ResourceAttributes.ID, ResourceAttributes.NAME,
                ResourceAttributes.KIND, ResourceAttributes.COUNTY_CODE, ResourceAttributes.SAMPLE));
        for (Column c : ResourceAttributes.detailColumns(kind)) {
            names.add(c.name());
        }
        names.add(IGNORE);
        return names;
    }

    /** True when {@code field} is a valid target for {@code kind}. */
    public static boolean valid(ResourceKind kind, String field) {
        return all(kind).contains(field);
    }
}
