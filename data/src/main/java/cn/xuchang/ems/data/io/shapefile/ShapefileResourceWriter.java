package cn.xuchang.ems.data.io.shapefile;

import cn.xuchang.ems.data.crs.CrsRegistry;
import cn.xuchang.ems.data.crs.GeometryReprojection;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.data.io.Column;
import cn.xuchang.ems.data.io.ExportOptions;
import cn.xuchang.ems.data.io.FeatureWriter;
import cn.xuchang.ems.data.io.ResourceAttributes;
import com.linuxense.javadbf.DBFDataType;
import com.linuxense.javadbf.DBFField;
import com.linuxense.javadbf.DBFWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;

/**
 * Writes a shapefile: {@code .shp}/{@code .shx} (own writer, ESRI spec), {@code .dbf} through
 * javadbf in UTF-8 or GBK, {@code .cpg} naming that encoding and {@code .prj} with the ESRI WKT of
 * the target CRS (none for GCJ-02/BD-09, which have no WKT). DBF limits apply: field names are cut to
 * 10 characters (made unique), text to 254 bytes (longer values are refused with a message).
 */
public final class ShapefileResourceWriter implements FeatureWriter {
    private static final int MAX_TEXT = 254;

    @Override
    public void write(List<Resource> resources, ResourceKind kind, Path out, ExportOptions options) throws IOException {
        Path base = ShapefileSourceReader.withoutExtension(out);
        List<Geometry> geometries = new ArrayList<>(resources.size());
        for (Resource r : resources) {
            geometries.add(GeometryReprojection.fromCgcs2000(r.geometry(), options.crs()));
        }
        ShapeType type = ShpGeometryWriter.typeOf(geometries);
        new ShpGeometryWriter().write(sibling(base, ".shp"), sibling(base, ".shx"), type, geometries);

        List<Column> columns = ResourceAttributes.columns(kind);
        List<Map<String, Object>> rows = resources.stream().map(ResourceAttributes::flatten).toList();
        DBFField[] fields = new DBFField[columns.size()];
        Set<String> used = new HashSet<>();
        for (int i = 0; i < fields.length; i++) {
            Column c = columns.get(i);
            String name = dbfName(c.name(), used);
            fields[i] = switch (c.type()) {
                case INTEGER -> new DBFField(name, DBFDataType.NUMERIC, 18, 0);
                case REAL -> new DBFField(name, DBFDataType.NUMERIC, 24, 8);
                case BOOLEAN -> new DBFField(name, DBFDataType.LOGICAL);
                default -> new DBFField(name, DBFDataType.CHARACTER, textWidth(c, rows, resources, options));
            };
        }
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(sibling(base, ".dbf")));
             DBFWriter dbf = new DBFWriter(os, options.charset())) {
            dbf.setFields(fields);
            for (Map<String, Object> row : rows) {
                Object[] record = new Object[columns.size()];
                for (int i = 0; i < record.length; i++) {
                    Column c = columns.get(i);
                    Object v = row.get(c.name());
                    record[i] = switch (c.type()) {
                        case INTEGER, REAL -> v == null ? null : (Number) v;
                        case BOOLEAN -> v;
                        default -> v == null ? "" : text(v);
                    };
                }
                dbf.addRecord(record);
            }
        }
        Files.writeString(sibling(base, ".cpg"), options.charset().equals(StandardCharsets.UTF_8) ? "UTF-8" : "GBK",
                StandardCharsets.US_ASCII);
        Path prj = sibling(base, ".prj");
        var wkt = CrsRegistry.prjWkt(options.crs());
        if (wkt.isPresent()) {
            Files.writeString(prj, wkt.get(), StandardCharsets.US_ASCII);
        } else {
            Files.deleteIfExists(prj);
        }
    }

    private static int textWidth(Column c, List<Map<String, Object>> rows, List<Resource> resources, ExportOptions options) {
        int width = 1;
        for (int i = 0; i < rows.size(); i++) {
            int bytes = text(rows.get(i).get(c.name())).getBytes(options.charset()).length;
            if (bytes > MAX_TEXT) {
                throw new IllegalArgumentException("'" + c.name() + "' of '" + resources.get(i).name() + "' is " + bytes
                        + " bytes long, more than the 254 a shapefile can hold; export to GeoPackage or GeoJSON instead");
            }
            width = Math.max(width, bytes);
        }
        return width;
    }

    private static String text(Object v) {
        if (v instanceof Instant i) {
            return i.toString();
        }
        return ResourceAttributes.asText(v);
    }

    /** DBF field names hold at most 10 characters; cut, and number the duplicates. */
    static String dbfName(String name, Set<String> used) {
        String n = name.length() <= 10 ? name : name.substring(0, 10);
        int i = 1;
        while (!used.add(n.toLowerCase(Locale.ROOT))) {
            String suffix = Integer.toString(i++);
            n = name.substring(0, Math.min(name.length(), 10 - suffix.length())) + suffix;
        }
        return n;
    }

    static Path sibling(Path base, String extension) {
        return base.resolveSibling(base.getFileName() + extension);
    }
}
