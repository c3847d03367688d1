package cn.xuchang.ems.data.io.geojson;

import cn.xuchang.ems.data.crs.Crs;
import cn.xuchang.ems.data.crs.CrsRegistry;
import cn.xuchang.ems.data.crs.GeographicCrs;
import cn.xuchang.ems.data.io.FeatureReader;
import cn.xuchang.ems.data.io.ReadOptions;
import cn.xuchang.ems.data.io.SourceDataset;
import cn.xuchang.ems.data.io.SourceFeature;
import cn.xuchang.ems.data.io.SourceFormatException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/**
 * Reads a GeoJSON FeatureCollection (or a single Feature). The legacy {@code crs} member (as GDAL
 * writes it) and our {@code xems_crs} member declare the CRS; without them the coordinates are
 * detected (RFC 7946 data is WGS84 lon/lat, which detection confirms). Property values keep their
 * JSON types; lists and objects become Java lists and maps.
 */
public final class GeoJsonSourceReader implements FeatureReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public SourceDataset read(Path file, ReadOptions options) throws IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
            throw new SourceFormatException(file, "is not valid JSON (" + where + e.getOriginalMessage()
                    + "); check that the file is complete and really GeoJSON (export it again if it was cut off)", e);
        }
        if (root == null || !root.isObject()) {
            throw new SourceFormatException(file, "is not a GeoJSON object; a FeatureCollection is expected");
        }
        String type = root.path("type").asText();
        List<JsonNode> features = new ArrayList<>();
        if (type.equals("FeatureCollection")) {
            JsonNode array = root.get("features");
            if (array == null || !array.isArray()) {
                throw new SourceFormatException(file, "the FeatureCollection has no \"features\" array");
            }
            array.forEach(features::add);
        } else if (type.equals("Feature")) {
            features.add(root);
        } else {
            throw new SourceFormatException(file, "GeoJSON type is '" + type + "'; a FeatureCollection or Feature is expected");
        }
        GeoJsonReader geometryReader = new GeoJsonReader();
        Set<String> columns = new LinkedHashSet<>();
        List<SourceFeature> out = new ArrayList<>(features.size());
        int number = 0;
        for (JsonNode f : features) {
            number++;
            Map<String, Object> attributes = new LinkedHashMap<>();
            JsonNode props = f.get("properties");
            if (props != null && props.isObject()) {
                for (Map.Entry<String, JsonNode> e : props.properties()) {
                    columns.add(e.getKey());
                    attributes.put(e.getKey(), e.getValue().isNull() ? null : MAPPER.convertValue(e.getValue(), Object.class));
                }
            }
            JsonNode g = f.get("geometry");
            Geometry geometry = null;
            String problem = null;
            if (g != null && !g.isNull()) {
                try {
                    geometry = geometryReader.read(MAPPER.writeValueAsString(g));
                } catch (ParseException | RuntimeException e) {
                    problem = "the geometry cannot be read (" + e.getMessage() + "); fix the feature's \"geometry\"";
                }
            } else {
                problem = "the feature has no geometry";
            }
            out.add(new SourceFeature(number, attributes, geometry == null ? null : geometry, problem));
        }
        return new SourceDataset(file, "GeoJSON", new ArrayList<>(columns), out, declaredCrs(file, root),
                Optional.of(StandardCharsets.UTF_8), List.of());
    }

    private static Optional<Crs> declaredCrs(Path file, JsonNode root) {
        String own = root.path("xems_crs").asText("");
        String name = root.path("crs").path("properties").path("name").asText("");
        String wanted = !own.isEmpty() ? own : name;
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        if (wanted.contains("CRS84")) {
            return Optional.of(GeographicCrs.WGS84);
        }
        String code = wanted.replaceAll("(?i)^urn:ogc:def:crs:EPSG:[0-9.]*:", "EPSG:");
        try {
            return Optional.of(CrsRegistry.parse(code));
        } catch (IllegalArgumentException e) {
            throw new SourceFormatException(file, "declares the coordinate system '" + wanted + "': " + e.getMessage(), e);
        }
    }
}
