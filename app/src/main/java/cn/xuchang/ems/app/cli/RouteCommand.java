package cn.xuchang.ems.app.cli;

import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.data.domain.RescueTeam;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.json.DomainJson;
import cn.xuchang.ems.data.workspace.Workspace;
import cn.xuchang.ems.map.routing.RoadNetwork;
import cn.xuchang.ems.map.routing.RoadRoute;
import cn.xuchang.ems.map.routing.RoutePlanner;
import cn.xuchang.ems.map.routing.TurnInstruction;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code xems route --from-id ID --lon X --lat Y}: fastest road route from a resource to a point.
 *
 * <p>JSON (stable): {@code {"from":{"id","kind","name","lon","lat"}, "to":{"lon","lat"}, "profile",
 * "found":bool, "message", "travel_s", "turnout_s", "road_m", "from_snap_m", "to_snap_m",
 * "geometry":GeoJSON LineString|null, "turns":[{"sign","text","street","distance_m","time_s","lon","lat"}]}}.
 * A route that cannot be found (outside the network, no connection) still exits 0 with
 * {@code found:false} and the reason; the straight line is then the only answer.
 */
@Command(name = "route", mixinStandardHelpOptions = true, description = "Fastest road route from a resource to a point (e.g. the incident).")
public final class RouteCommand implements Callable<Integer> {
    @Mixin
    DataDirOption dataDir = new DataDirOption();

    @Mixin
    RoadQueryOptions road = new RoadQueryOptions();

    @Option(names = "--from-id", required = true, paramLabel = "ID", description = "id (UUID) of the resource that sets out")
    String fromId;

    @Option(names = "--lon", required = true, description = "destination longitude (CGCS2000/WGS84 degrees)")
    double lon;

    @Option(names = "--lat", required = true, description = "destination latitude")
    double lat;

    @Option(names = "--turns", description = "include the turn list")
    boolean turns;

    @Option(names = "--lang", description = "language of the turn list: zh (default) or en")
    String lang = "zh";

    @Option(names = "--json", description = "print JSON")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        UUID id;
        try {
            id = UUID.fromString(fromId);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--from-id '" + fromId + "' is not a resource id (UUID)");
        }
        LonLat to = new LonLat(lon, lat);
        Resource from;
        try (Workspace ws = dataDir.open()) {
            from = ws.store().find(id).orElseThrow(() -> new IllegalArgumentException(
                    "no resource with id " + fromId + " in " + ws.dataDir()));
        }
        Locale locale = "en".equalsIgnoreCase(lang) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        RoadRoute route;
        try (RoadNetwork net = RoadQueryOptions.openNetwork(dataDir.resolve())) {
            route = new RoutePlanner(net).route(from.location(), to, road.profile(), road.barriers(), turns ? locale : null);
        }
        double turnoutS = from.details() instanceof RescueTeam t ? t.turnoutMinutes() * 60.0 : 0;
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(DomainJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(toJson(from, to, route, turnoutS)));
        } else if (!route.found()) {
            out.println("no road route: " + route.message() + "; use the straight-line distance instead");
        } else {
            out.printf(Locale.ROOT, "%s → %s: %.1f min driving (+%.0f min turnout), %.2f km by road%n", from.name(), to,
                    route.timeS() / 60, turnoutS / 60, route.distanceM() / 1000);
            for (TurnInstruction t : route.turns()) {
                out.printf(Locale.ROOT, "  %6.0f m  %s%n", t.distanceM(), t.text());
            }
        }
        out.flush();
        return 0;
    }

    private ObjectNode toJson(Resource from, LonLat to, RoadRoute route, double turnoutS) {
        ObjectNode n = DomainJson.mapper().createObjectNode();
        n.set("from", GeoJsonNodes.resource(from));
        n.putObject("to").put("lon", to.lon()).put("lat", to.lat());
        n.put("profile", road.profile().code());
        n.put("found", route.found());
        n.put("message", route.message());
        if (route.found()) {
            n.put("travel_s", route.timeS());
            n.put("turnout_s", turnoutS);
            n.put("road_m", route.distanceM());
            n.put("from_snap_m", route.fromSnapM());
            n.put("to_snap_m", route.toSnapM());
            n.set("geometry", GeoJsonNodes.geometry(route.geometry()));
        } else {
            n.putNull("geometry");
        }
        ArrayNode list = n.putArray("turns");
        for (TurnInstruction t : route.turns()) {
            list.addObject().put("sign", t.sign()).put("text", t.text()).put("street", t.street())
                    .put("distance_m", t.distanceM()).put("time_s", t.timeS()).put("lon", t.lon()).put("lat", t.lat());
        }
        return n;
    }
}
