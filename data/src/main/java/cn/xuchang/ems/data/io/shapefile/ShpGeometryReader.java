package cn.xuchang.ems.data.io.shapefile;

import cn.xuchang.ems.data.io.SourceFormatException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads the geometries of a {@code .shp} after the ESRI Shapefile Technical Description: points,
 * multipoints, polylines and polygons, 2D or with Z/M (Z and M are dropped). Polygon rings are
 * grouped the spec's way: clockwise rings are shells, counter-clockwise rings are holes of the shell
 * that contains them. Every length in the file is checked against the bytes there, so a truncated
 * or damaged file is reported with the record and offset. Not thread-safe.
 */
final class ShpGeometryReader {
    private static final int HEADER = 100;
    private static final int FILE_CODE = 9994;

    private final GeometryFactory factory;

    ShpGeometryReader(GeometryFactory factory) {
        this.factory = factory;
    }

    /** The geometries in record order; null for Null shapes. */
    List<Geometry> read(Path shp) throws IOException {
        byte[] bytes = Files.readAllBytes(shp);
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        if (bytes.length < HEADER) {
            throw new SourceFormatException(shp, "the .shp is " + bytes.length + " bytes long, shorter than its 100-byte "
                    + "header; the file is damaged: copy it again from its source");
        }
        buf.order(ByteOrder.BIG_ENDIAN);
        if (buf.getInt(0) != FILE_CODE) {
            throw new SourceFormatException(shp, "is not a shapefile (file code " + buf.getInt(0) + ", expected 9994)");
        }
        long declaredBytes = buf.getInt(24) * 2L;
        buf.order(ByteOrder.LITTLE_ENDIAN);
        ShapeType fileType = ShapeType.of(buf.getInt(32));
        if (fileType == null) {
            throw new SourceFormatException(shp, "unknown shape type " + buf.getInt(32) + " in the .shp header");
        }
        if (declaredBytes > bytes.length) {
            throw new SourceFormatException(shp, "the .shp is truncated: its header announces " + declaredBytes
                    + " bytes but the file has " + bytes.length + "; copy the complete file again from its source");
        }
        List<Geometry> geometries = new ArrayList<>();
        int pos = HEADER;
        int end = (int) Math.min(declaredBytes, bytes.length);
        while (pos < end) {
            if (pos + 8 > end) {
                throw truncated(shp, geometries.size() + 1, pos, end);
            }
            buf.order(ByteOrder.BIG_ENDIAN);
            int number = buf.getInt(pos);
            int contentBytes = buf.getInt(pos + 4) * 2;
            int content = pos + 8;
            if (contentBytes < 4 || content + contentBytes > end) {
                throw truncated(shp, number, pos, end);
            }
            buf.order(ByteOrder.LITTLE_ENDIAN);
            try {
                geometries.add(readShape(buf, content, contentBytes));
            } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
                throw new SourceFormatException(shp, "record " + number + " at byte " + pos + " is damaged ("
                        + e.getMessage() + "); repair the file in the program that made it", e);
            }
            pos = content + contentBytes;
        }
        return geometries;
    }

    private static SourceFormatException truncated(Path shp, int record, int pos, int end) {
        return new SourceFormatException(shp, "the .shp is truncated or damaged at record " + record + " (byte " + pos
                + " of " + end + "); copy the complete file again from its source");
    }

    private Geometry readShape(ByteBuffer buf, int at, int length) {
        ShapeType type = ShapeType.of(buf.getInt(at));
        if (type == null) {
            throw new IllegalArgumentException("unknown shape type " + buf.getInt(at));
        }
        int limit = at + length;
        return switch (type.base()) {
            case NULL -> null;
            case POINT -> factory.createPoint(new Coordinate(buf.getDouble(at + 4), buf.getDouble(at + 12)));
            case MULTIPOINT -> {
                int n = count(buf.getInt(at + 36), at + 40, 16, limit);
                yield factory.createMultiPointFromCoords(points(buf, at + 40, n));
            }
            case POLYLINE, POLYGON -> {
                int parts = count(buf.getInt(at + 36), at + 44, 4, limit);
                int n = count(buf.getInt(at + 40), at + 44 + 4 * parts, 16, limit);
                int pointsAt = at + 44 + 4 * parts;
                Coordinate[] all = points(buf, pointsAt, n);
                List<Coordinate[]> rings = new ArrayList<>(parts);
                for (int p = 0; p < parts; p++) {
                    int from = buf.getInt(at + 44 + 4 * p);
                    int to = p + 1 < parts ? buf.getInt(at + 44 + 4 * (p + 1)) : n;
                    if (from < 0 || to > n || from >= to) {
                        throw new IllegalArgumentException("part " + p + " has bad point indexes " + from + ".." + to);
                    }
                    Coordinate[] ring = new Coordinate[to - from];
                    System.arraycopy(all, from, ring, 0, to - from);
                    rings.add(ring);
                }
                yield type.base() == ShapeType.POLYLINE ? lines(rings) : polygons(rings);
            }
            default -> throw new IllegalArgumentException("unsupported shape type " + type);
        };
    }

    private static int count(int n, int from, int size, int limit) {
        if (n < 0 || from + (long) n * size > limit) {
            throw new IllegalArgumentException("count " + n + " exceeds the record");
        }
        return n;
    }

    private static Coordinate[] points(ByteBuffer buf, int at, int n) {
        Coordinate[] c = new Coordinate[n];
        for (int i = 0; i < n; i++) {
            c[i] = new Coordinate(buf.getDouble(at + 16 * i), buf.getDouble(at + 16 * i + 8));
        }
        return c;
    }

    private Geometry lines(List<Coordinate[]> parts) {
        LineString[] lines = parts.stream().map(factory::createLineString).toArray(LineString[]::new);
        return lines.length == 1 ? lines[0] : factory.createMultiLineString(lines);
    }

    private Geometry polygons(List<Coordinate[]> rings) {
        List<LinearRing> shells = new ArrayList<>();
        List<List<LinearRing>> holes = new ArrayList<>();
        List<LinearRing> orphans = new ArrayList<>();
        for (Coordinate[] r : rings) {
            Coordinate[] closed = close(r);
            LinearRing ring = factory.createLinearRing(closed);
            if (!Orientation.isCCW(closed)) {
                shells.add(ring);
                holes.add(new ArrayList<>());
            } else {
                orphans.add(ring);
            }
        }
        for (LinearRing hole : orphans) {
            int owner = -1;
            for (int i = 0; i < shells.size(); i++) {
                if (factory.createPolygon(shells.get(i)).covers(hole.getPointN(0))) {
                    owner = i;
                    break;
                }
            }
            if (owner < 0) {
                // A counter-clockwise ring no shell contains: writers that ignore orientation make these; keep it as a shell.
                shells.add(hole);
                holes.add(new ArrayList<>());
            } else {
                holes.get(owner).add(hole);
            }
        }
        Polygon[] polys = new Polygon[shells.size()];
        for (int i = 0; i < polys.length; i++) {
            polys[i] = factory.createPolygon(shells.get(i), holes.get(i).toArray(LinearRing[]::new));
        }
        return polys.length == 1 ? polys[0] : factory.createMultiPolygon(polys);
    }

    private static Coordinate[] close(Coordinate[] r) {
        if (r.length >= 4 && r[0].equals2D(r[r.length - 1])) {
            return r;
        }
        Coordinate[] c = new Coordinate[Math.max(4, r.length + 1)];
        for (int i = 0; i < c.length; i++) {
            c[i] = i < r.length ? r[i] : r[0];
        }
        return c;
    }
}
