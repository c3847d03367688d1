package cn.xuchang.ems.app.cli;

import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.json.DomainJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;

/** JSON output of the analysis commands: pretty-printed, numbers rounded for people, field names snake_case. */
final class CliJson {

    private CliJson() {
    }

    static ObjectNode object() {
        return DomainJson.mapper().createObjectNode();
    }

    static com.fasterxml.jackson.databind.node.ArrayNode array() {
        return DomainJson.mapper().createArrayNode();
    }

    static void print(PrintWriter out, JsonNode node) {
        try {
            out.println(DomainJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(node));
            out.flush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON output", e);
        }
    }

    /** id, name, kind, lon, lat of a resource into {@code node}. */
    static ObjectNode putResource(ObjectNode node, Resource r) {
        node.put("id", r.id().toString());
        node.put("name", r.name());
        node.put("kind", r.kind().code());
        node.put("lon", r.location().lon());
        node.put("lat", r.location().lat());
        return node;
    }

    /** Metres rounded to centimetres, degrees to 1e-4, minutes to 0.1: enough for dispatch, stable in tests. */
    static double round(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return value;
        }
        double f = Math.pow(10, decimals);
        return Math.round(value * f) / f;
    }
}
