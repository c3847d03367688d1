package cn.xuchang.ems.data.io.shapefile;

import cn.xuchang.ems.data.crs.Crs;
import cn.xuchang.ems.data.crs.CrsRegistry;
import cn.xuchang.ems.data.io.FeatureReader;
import cn.xuchang.ems.data.io.ReadOptions;
import cn.xuchang.ems.data.io.SourceDataset;
import cn.xuchang.ems.data.io.SourceFeature;
import cn.xuchang.ems.data.io.SourceFormatException;
import cn.xuchang.ems.data.io.TextEncoding;
import com.linuxense.javadbf.DBFException;
import com.linuxense.javadbf.DBFReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Reads a shapefile: geometries from {@code .shp} (own reader, ESRI spec), attributes from
 * {@code .dbf} through javadbf in the encoding the {@code .cpg} names, or, without one, UTF-8 when
 * the bytes are valid UTF-8 and GBK/GB18030 otherwise; the CRS from the {@code .prj} WKT. The
 * {@code .shp} and {@code .dbf} must agree on the number of records.
 */
public final class ShapefileSourceReader implements FeatureReader {

    @Override
    public SourceDataset read(Path file, ReadOptions options) throws IOException {
        Path base = withoutExtension(file);
        Path shp = find(base, ".shp").orElseThrow(() -> new SourceFormatException(file, "the .shp file is missing"));
        Path dbf = find(base, ".dbf").orElseThrow(() -> new SourceFormatException(file, "the .dbf file that holds the "
                + "attributes is missing; copy it (same name, .dbf) next to the .shp"));
        List<String> notes = new ArrayList<>();
        List<Geometry> geometries = new ShpGeometryReader(new GeometryFactory()).read(shp);

        byte[] dbfBytes = Files.readAllBytes(dbf);
        Charset charset;
        Optional<Path> cpg = find(base, ".cpg");
        if (options.charset().isPresent()) {
            charset = options.charset().get();
        } else if (cpg.isPresent()) {
            String declared = Files.readString(cpg.get(), StandardCharsets.US_ASCII).trim();
            try {
                charset = TextEncoding.parse(declared);
            } catch (IllegalArgumentException e) {
                throw new SourceFormatException(file, "the .cpg names the encoding '" + declared + "', which is unknown; "
                        + "correct the .cpg or give --encoding", e);
            }
            notes.add("encoding from .cpg: " + declared);
        } else {
            int headerLength = dbfBytes.length > 10 ? (dbfBytes[8] & 0xff) | (dbfBytes[9] & 0xff) << 8 : 0;
            byte[] records = Arrays.copyOfRange(dbfBytes, Math.min(headerLength, dbfBytes.length), dbfBytes.length);
            charset = TextEncoding.detect(records);
            notes.add("no .cpg: encoding detected as " + (charset.equals(StandardCharsets.UTF_8) ? "UTF-8" : "GBK/GB18030"));
        }

        checkDbfSize(file, dbfBytes);
        List<String> columns = new ArrayList<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        int announced;
        try (DBFReader reader = new DBFReader(new ByteArrayInputStream(dbfBytes), charset)) {
            announced = reader.getRecordCount();
            for (int i = 0; i < reader.getFieldCount(); i++) {
                columns.add(reader.getField(i).getName());
            }
            Object[] rec;
            while ((rec = reader.nextRecord()) != null) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 0; i < columns.size(); i++) {
                    row.put(columns.get(i), value(rec[i]));
                }
                rows.add(row);
            }
        } catch (DBFException e) {
            throw new SourceFormatException(file, "the .dbf cannot be read (" + e.getMessage() + "); it is damaged: "
                    + "export the layer again", e);
        }
        if (rows.size() != announced) {
            throw new SourceFormatException(file, "the .dbf header announces " + announced + " records but the file holds "
                    + rows.size() + "; the .dbf is damaged or truncated: copy or export it again");
        }
        if (rows.size() != geometries.size()) {
            throw new SourceFormatException(file, "the .shp holds " + geometries.size() + " shapes but the .dbf "
                    + rows.size() + " records; the files do not belong together or one is damaged");
        }
        Optional<Crs> crs = Optional.empty();
        Optional<Path> prj = find(base, ".prj");
        if (prj.isPresent()) {
            try {
                crs = Optional.of(CrsRegistry.fromWkt(Files.readString(prj.get(), StandardCharsets.UTF_8).trim()));
            } catch (IllegalArgumentException e) {
                throw new SourceFormatException(file, "the .prj: " + e.getMessage(), e);
            }
        } else {
            notes.add("no .prj: the coordinate system is detected from the coordinates");
        }
        List<SourceFeature> features = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Geometry g = geometries.get(i);
            features.add(new SourceFeature(i + 1, rows.get(i), g, g == null ? "the feature has a null shape" : null));
        }
        return new SourceDataset(file, "Shapefile", columns, features, crs, Optional.of(charset), notes);
    }

    /** The header's record count and sizes must fit the file, or javadbf fails without a useful message. */
    private static void checkDbfSize(Path file, byte[] dbf) {
        if (dbf.length < 32) {
            throw new SourceFormatException(file, "the .dbf is " + dbf.length + " bytes, shorter than its header; "
                    + "it is damaged: copy or export it again");
        }
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(dbf).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        long announced = b.getInt(4) & 0xffffffffL;
        int headerLength = b.getShort(8) & 0xffff;
        int recordLength = b.getShort(10) & 0xffff;
        if (recordLength == 0 || headerLength > dbf.length) {
            throw new SourceFormatException(file, "the .dbf header is damaged (header " + headerLength + " bytes, records "
                    + recordLength + " bytes); copy or export it again");
        }
        long held = (dbf.length - headerLength) / recordLength;
        if (held < announced) {
            throw new SourceFormatException(file, "the .dbf header announces " + announced + " records but the file holds "
                    + held + "; the .dbf is damaged or truncated: copy or export it again");
        }
    }

    private static Object value(Object v) {
        if (v instanceof BigDecimal d) {
            return d.scale() <= 0 || d.stripTrailingZeros().scale() <= 0 ? (Object) d.longValue() : (Object) d.doubleValue();
        }
        if (v instanceof String s) {
            return s.trim();
        }
        if (v instanceof Date d) {
            return d.toInstant().toString().substring(0, 10);
        }
        return v;
    }

    /** {@code dir/name} for {@code dir/name.shp} (any extension). */
    static Path withoutExtension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return file.resolveSibling(dot > 0 ? name.substring(0, dot) : name);
    }

    /** The side file with this extension, in lower or upper case. */
    private static Optional<Path> find(Path base, String extension) {
        for (String ext : new String[] {extension, extension.toUpperCase(Locale.ROOT)}) {
            Path p = base.resolveSibling(base.getFileName() + ext);
            if (Files.isRegularFile(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
