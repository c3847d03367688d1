package cn.xuchang.ems.map.style;

import java.util.Locale;

/** The kind of geometry a layer style draws. */
public enum GeometryType {
    POINT, LINE, POLYGON;

    static GeometryType parse(StyleFile f) {
        String v = f.text("geometry");
        try {
            return valueOf(v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw f.error("geometry", "unknown geometry '" + v + "'; use point, line or polygon");
        }
    }
}
