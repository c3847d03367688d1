package cn.xuchang.ems.data.store;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

/** Geometry ↔ WKB for storage, in CGCS2000 lon/lat (SRID 4490). */
public final class GeometryCodec {
    /** SRID stamped on geometries read from storage. */
    public static final int SRID = 4490;
    /** The factory all stored geometries are built with. */
    public static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), SRID);

    private GeometryCodec() {
    }

    /** 2D WKB bytes of {@code g}. */
    public static byte[] toWkb(Geometry g) {
        return new WKBWriter(2).write(g);
    }

    /** Parses WKB; {@code what} names the record for the error message. */
    public static Geometry fromWkb(byte[] wkb, String what) {
        try {
            return new WKBReader(FACTORY).read(wkb);
        } catch (ParseException e) {
            throw new StoreException("stored geometry of " + what + " is not valid WKB: " + e.getMessage(), e);
        }
    }
}
