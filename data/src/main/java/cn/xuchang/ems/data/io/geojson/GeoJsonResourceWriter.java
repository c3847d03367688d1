package cn.xuchang.ems.data.io.geojson;

import cn.xuchang.ems.data.crs.GeometryReprojection;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.data.io.ExportOptions;
import cn.xuchang.ems.data.io.FeatureWriter;
import cn.xuchang.ems.data.io.ResourceAttributes;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonWriter;

/**
 * Writes a GeoJSON FeatureCollection (UTF-8) with every attribute as a typed property (lists stay
 * JSON arrays). The {@code crs} member names the EPSG code (GDAL honours it; without it readers
 * assume WGS84); offset systems (GCJ-02, BD-09) have none and are named in {@code xems_crs}.
 * Not thread-safe per instance; use one per export.
 */
public final class GeoJsonResourceWriter implements FeatureWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public void write(List<Resource> resources, ResourceKind kind, Path out, ExportOptions options) throws IOException {
        int decimals = options.crs().geographic() ? 8 : 3;
        GeoJsonWriter geometryWriter = new GeoJsonWriter(decimals);
        geometryWriter.setEncodeCRS(false);
        try (OutputStream os = Files.newOutputStream(out);
             JsonGenerator g = new JsonFactory(MAPPER).createGenerator(os, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeStringField("name", kind.code());
            if (options.crs().epsg().isPresent()) {
                g.writeObjectFieldStart("crs");
                g.writeStringField("type", "name");
                g.writeObjectFieldStart("properties");
                g.writeStringField("name", "urn:ogc:def:crs:EPSG::" + options.crs().epsg().getAsInt());
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeStringField("xems_crs", options.crs().id());
            g.writeArrayFieldStart("features");
            for (Resource r : resources) {
                g.writeStartObject();
                g.writeStringField("type", "Feature");
                g.writeStringField("id", r.id().toString());
                Geometry geometry = GeometryReprojection.fromCgcs2000(r.geometry(), options.crs());
                g.writeFieldName("geometry");
                g.writeRawValue(geometryWriter.write(geometry));
                g.writeObjectFieldStart("properties");
                for (Map.Entry<String, Object> e : ResourceAttributes.flatten(r).entrySet()) {
                    Object v = e.getValue();
                    g.writeFieldName(e.getKey());
                    if (v instanceof Instant i) {
                        g.writeString(i.toString());
                    } else {
                        g.writeObject(v);
                    }
                }
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }
}
