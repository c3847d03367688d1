package cn.xuchang.ems.app.cli;

import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.json.DomainJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonWriter;

/** GeoJSON pieces for the command-line JSON output (lon/lat, 7 decimals ≈ 1 cm). */
final class GeoJsonNodes {
    private GeoJsonNodes() {
    }

    static JsonNode geometry(Geometry g) {
        GeoJsonWriter writer = new GeoJsonWriter(7);
        writer.setEncodeCRS(false);
        try {
            return DomainJson.mapper().readTree(writer.write(g));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JTS wrote unreadable GeoJSON", e);
        }
    }

    /** {@code {"id","kind","name","lon","lat"}} of a resource. */
    static ObjectNode resource(Resource r) {
        ObjectNode n = DomainJson.mapper().createObjectNode();
        n.put("id", r.id().toString());
        n.put("kind", r.kind().code());
        n.put("name", r.name());
        n.put("lon", r.location().lon());
        n.put("lat", r.location().lat());
        return n;
    }
}
