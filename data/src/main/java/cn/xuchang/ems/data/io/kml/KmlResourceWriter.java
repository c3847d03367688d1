package cn.xuchang.ems.data.io.kml;

import cn.xuchang.ems.data.crs.GeometryReprojection;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.data.io.Column;
import cn.xuchang.ems.data.io.ExportOptions;
import cn.xuchang.ems.data.io.FeatureWriter;
import cn.xuchang.ems.data.io.ResourceAttributes;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.io.kml.KMLWriter;

/**
 * Writes KML 2.2 (UTF-8): one Placemark per resource with its name, every attribute as typed
 * {@code SchemaData}, and the geometry through JTS's {@link KMLWriter}. KML coordinates are lon/lat
 * by definition, so only geographic targets are accepted (CGCS2000/WGS84, or GCJ-02/BD-09 for
 * Chinese web maps).
 */
public final class KmlResourceWriter implements FeatureWriter {

    @Override
    public void write(List<Resource> resources, ResourceKind kind, Path out, ExportOptions options) throws IOException {
        if (!options.crs().geographic()) {
            throw new IllegalArgumentException("KML holds lon/lat only; export KML in cgcs2000/wgs84 (or gcj02/bd09), not "
                    + options.crs().id());
        }
        String schema = kind.code();
        List<Column> columns = ResourceAttributes.columns(kind);
        KMLWriter geometryWriter = new KMLWriter();
        geometryWriter.setPrecision(9);
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            w.write("<kml xmlns=\"http://www.opengis.net/kml/2.2\">\n<Document id=\"root_doc\">\n");
            w.write("<name>" + escape(kind.code()) + "</name>\n");
            w.write("<Schema name=\"" + schema + "\" id=\"" + schema + "\">\n");
            for (Column c : columns) {
                w.write("  <SimpleField name=\"" + escape(c.name()) + "\" type=\"" + switch (c.type()) {
                    case INTEGER -> "int";
                    case REAL -> "double";
                    case BOOLEAN -> "bool";
                    default -> "string";
                } + "\"/>\n");
            }
            w.write("</Schema>\n<Folder><name>" + escape(kind.code()) + "</name>\n");
            for (Resource r : resources) {
                w.write("<Placemark>\n  <name>" + escape(r.name()) + "</name>\n");
                w.write("  <ExtendedData><SchemaData schemaUrl=\"#" + schema + "\">\n");
                Map<String, Object> values = ResourceAttributes.flatten(r);
                for (Column c : columns) {
                    Object v = values.get(c.name());
                    // libkml (GDAL) reads bool fields as 0/1 only
                    String text = v instanceof Instant i ? i.toString()
                            : v instanceof Boolean b ? (b ? "1" : "0") : ResourceAttributes.asText(v);
                    w.write("    <SimpleData name=\"" + escape(c.name()) + "\">" + escape(text) + "</SimpleData>\n");
                }
                w.write("  </SchemaData></ExtendedData>\n  ");
                w.write(geometryWriter.write(GeometryReprojection.fromCgcs2000(r.geometry(), options.crs())));
                w.write("\n</Placemark>\n");
            }
            w.write("</Folder>\n</Document>\n</kml>\n");
        }
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
