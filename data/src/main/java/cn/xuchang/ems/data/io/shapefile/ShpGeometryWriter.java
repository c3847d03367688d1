package cn.xuchang.ems.data.io.shapefile;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes {@code .shp} and {@code .shx} after the ESRI Shapefile Technical Description: 2D points,
 * polylines and polygons (shells clockwise, holes counter-clockwise, as the spec requires). All
 * geometries of one file share a shape type. Not thread-safe.
 */
final class ShpGeometryWriter {

    /** The shape type for a set of geometries; fails when they mix dimensions. */
    static ShapeType typeOf(List<Geometry> geometries) {
        ShapeType type = null;
        for (Geometry g : geometries) {
            ShapeType t = switch (g.getDimension()) {
                case 0 -> g instanceof Point ? ShapeType.POINT : ShapeType.MULTIPOINT;
                case 1 -> ShapeType.POLYLINE;
                default -> ShapeType.POLYGON;
            };
            if (type != null && type != t) {
                throw new IllegalArgumentException("a shapefile holds one geometry type, but this layer mixes "
                        + type.name().toLowerCase() + " and " + t.name().toLowerCase()
                        + " features; export them separately or choose GeoPackage or GeoJSON");
            }
            type = t;
        }
        return type == null ? ShapeType.POINT : type;
    }

    /** Writes {@code shp} and {@code shx} (path with .shx) for {@code geometries}, all of {@code type}. */
    void write(Path shp, Path shx, ShapeType type, List<Geometry> geometries) throws IOException {
        List<byte[]> records = new ArrayList<>(geometries.size());
        Envelope box = new Envelope();
        for (Geometry g : geometries) {
            records.add(content(type, g));
            box.expandToInclude(g.getEnvelopeInternal());
        }
        if (box.isNull()) {
            box = new Envelope(0, 0, 0, 0);
        }
        long shpLength = 100;
        for (byte[] r : records) {
            shpLength += 8 + r.length;
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(shp));
             OutputStream idx = new BufferedOutputStream(Files.newOutputStream(shx))) {
            out.write(header(type, shpLength, box));
            idx.write(header(type, 100 + 8L * records.size(), box));
            long offset = 100;
            int number = 1;
            ByteBuffer rh = ByteBuffer.allocate(8).order(ByteOrder.BIG_ENDIAN);
            for (byte[] r : records) {
                rh.clear();
                rh.putInt(number++).putInt(r.length / 2);
                out.write(rh.array());
                out.write(r);
                rh.clear();
                rh.putInt((int) (offset / 2)).putInt(r.length / 2);
                idx.write(rh.array());
                offset += 8 + r.length;
            }
        }
    }

    private static byte[] header(ShapeType type, long lengthBytes, Envelope box) {
        ByteBuffer b = ByteBuffer.allocate(100);
        b.order(ByteOrder.BIG_ENDIAN).putInt(0, 9994).putInt(24, (int) (lengthBytes / 2));
        b.order(ByteOrder.LITTLE_ENDIAN).putInt(28, 1000).putInt(32, type.code);
        b.putDouble(36, box.getMinX()).putDouble(44, box.getMinY()).putDouble(52, box.getMaxX()).putDouble(60, box.getMaxY());
        return b.array();
    }

    private static byte[] content(ShapeType type, Geometry g) {
        if (type == ShapeType.POINT) {
            Coordinate c = g.getCoordinate();
            return ByteBuffer.allocate(20).order(ByteOrder.LITTLE_ENDIAN).putInt(type.code).putDouble(c.x).putDouble(c.y)
                    .array();
        }
        List<Coordinate[]> parts = new ArrayList<>();
        if (type == ShapeType.MULTIPOINT) {
            Coordinate[] pts = g.getCoordinates();
            ByteBuffer b = ByteBuffer.allocate(40 + 16 * pts.length).order(ByteOrder.LITTLE_ENDIAN);
            b.putInt(type.code);
            putBox(b, g.getEnvelopeInternal());
            b.putInt(pts.length);
            for (Coordinate c : pts) {
                b.putDouble(c.x).putDouble(c.y);
            }
            return b.array();
        }
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part instanceof Polygon p) {
                parts.add(oriented(p.getExteriorRing().getCoordinates(), false));
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    parts.add(oriented(p.getInteriorRingN(h).getCoordinates(), true));
                }
            } else if (part instanceof LineString l) {
                parts.add(l.getCoordinates());
            }
        }
        int n = parts.stream().mapToInt(p -> p.length).sum();
        ByteBuffer b = ByteBuffer.allocate(44 + 4 * parts.size() + 16 * n).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(type.code);
        putBox(b, g.getEnvelopeInternal());
        b.putInt(parts.size()).putInt(n);
        int start = 0;
        for (Coordinate[] p : parts) {
            b.putInt(start);
            start += p.length;
        }
        for (Coordinate[] p : parts) {
            for (Coordinate c : p) {
                b.putDouble(c.x).putDouble(c.y);
            }
        }
        return b.array();
    }

    private static Coordinate[] oriented(Coordinate[] ring, boolean ccw) {
        if (Orientation.isCCW(ring) == ccw) {
            return ring;
        }
        Coordinate[] r = ring.clone();
        java.util.Collections.reverse(java.util.Arrays.asList(r));
        return r;
    }

    private static void putBox(ByteBuffer b, Envelope e) {
        b.putDouble(e.getMinX()).putDouble(e.getMinY()).putDouble(e.getMaxX()).putDouble(e.getMaxY());
    }
}
