package cn.xuchang.ems.data.io.shapefile;

/** Shape types of the ESRI Shapefile Technical Description (1998), by their codes. */
enum ShapeType {
    NULL(0), POINT(1), POLYLINE(3), POLYGON(5), MULTIPOINT(8),
    POINT_Z(11), POLYLINE_Z(13), POLYGON_Z(15), MULTIPOINT_Z(18),
    POINT_M(21), POLYLINE_M(23), POLYGON_M(25), MULTIPOINT_M(28);

    final int code;

    ShapeType(int code) {
        this.code = code;
    }

    /** The 2D family this type belongs to (Z and M values are read past). */
    ShapeType base() {
        return switch (this) {
            case POINT_Z, POINT_M -> POINT;
            case POLYLINE_Z, POLYLINE_M -> POLYLINE;
            case POLYGON_Z, POLYGON_M -> POLYGON;
            case MULTIPOINT_Z, MULTIPOINT_M -> MULTIPOINT;
            default -> this;
        };
    }

    static ShapeType of(int code) {
        for (ShapeType t : values()) {
            if (t.code == code) {
                return t;
            }
        }
        return null;
    }
}
