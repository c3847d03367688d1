package cn.xuchang.ems.data.io.csv;

import cn.xuchang.ems.data.crs.GeometryReprojection;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.data.io.ExportOptions;
import cn.xuchang.ems.data.io.FeatureWriter;
import cn.xuchang.ems.data.io.ResourceAttributes;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.WKTWriter;

/**
 * Writes RFC 4180 CSV: the columns of {@link ResourceAttributes} with the coordinates after
 * {@code name} ({@code lon,lat} for geographic targets, {@code easting,northing} for projected
 * ones), lists as JSON text, and a {@code wkt} column when some geometry is not a point. UTF-8 files
 * start with a BOM so that Excel shows the Chinese text; GBK files have none. A {@code .prj} beside
 * the file names the CRS (GDAL and QGIS read it).
 */
public final class CsvResourceWriter implements FeatureWriter {

    @Override
    public void write(List<Resource> resources, ResourceKind kind, Path out, ExportOptions options) throws IOException {
        boolean geographic = options.crs().geographic();
        boolean needWkt = ResourceAttributes.needsWkt(resources);
        List<String> header = ResourceAttributes.tableHeader(kind, geographic, needWkt);
        WKTWriter wkt = new WKTWriter();
        String numberFormat = geographic ? "%.8f" : "%.3f";
        try (OutputStream os = Files.newOutputStream(out);
             Writer w = new BufferedWriter(new OutputStreamWriter(os, options.charset()))) {
            if (options.charset().equals(StandardCharsets.UTF_8)) {
                w.write('\uFEFF');
            }
            writeRow(w, header);
            double[] xy = new double[2];
            for (Resource r : resources) {
                options.crs().fromCgcs2000(r.location().lon(), r.location().lat(), xy);
                List<String> row = new ArrayList<>(header.size());
                for (Map.Entry<String, Object> e : ResourceAttributes.flatten(r).entrySet()) {
                    row.add(ResourceAttributes.asText(e.getValue()));
                    if (e.getKey().equals(ResourceAttributes.NAME)) {
                        row.add(String.format(Locale.ROOT, numberFormat, xy[0]));
                        row.add(String.format(Locale.ROOT, numberFormat, xy[1]));
                    }
                }
                if (needWkt) {
                    Geometry g = GeometryReprojection.fromCgcs2000(r.geometry(), options.crs());
                    row.add(g instanceof Point ? "" : wkt.write(g));
                }
                writeRow(w, row);
            }
        }
        Path prj = out.resolveSibling(stripExtension(out.getFileName().toString()) + ".prj");
        var wktText = cn.xuchang.ems.data.crs.CrsRegistry.prjWkt(options.crs());
        if (wktText.isPresent()) {
            Files.writeString(prj, wktText.get(), StandardCharsets.US_ASCII);
        } else {
            Files.deleteIfExists(prj);
        }
    }

    private static String stripExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static void writeRow(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(quote(cells.get(i)));
        }
        w.write("\r\n");
    }

    static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
