package cn.xuchang.ems.app.cli;

import cn.xuchang.ems.data.crs.Geodesy;
import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.data.workspace.Workspace;
import cn.xuchang.ems.map.analysis.nearest.NearestQuery;
import cn.xuchang.ems.map.analysis.nearest.NearestResources;
import cn.xuchang.ems.map.analysis.nearest.NearestResult;
import cn.xuchang.ems.map.analysis.nearest.StraightLineEta;
import cn.xuchang.ems.map.routing.Barriers;
import cn.xuchang.ems.map.routing.NearestByTimeRequest;
import cn.xuchang.ems.map.routing.RoadNetwork;
import cn.xuchang.ems.map.routing.RoadProfile;
import cn.xuchang.ems.map.routing.TravelTimeAnswer;
import cn.xuchang.ems.map.routing.TravelTimeHit;
import cn.xuchang.ems.map.routing.TravelTimeNearest;
import cn.xuchang.ems.map.routing.UnroutedResource;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code xems nearest}: the k nearest resources of a kind from an incident.
 *
 * <p>JSON (stable): an array sorted by distance (or, with {@code --by time}, by arrival), each
 * {@code {"id", "name", "kind", "lon", "lat", "distance_m", "bearing_deg", "eta_min", "method",
 * "phone", "available"}}; {@code method} is {@code straight_line} or {@code travel_time}. Travel-time
 * entries add {@code travel_s} (driving), {@code turnout_s}, {@code road_m}, {@code snap_m} and
 * {@code far_from_road}, and {@code eta_min} is turnout plus driving. When no road network covers the
 * incident, {@code --by time} gives the straight-line answer (method {@code straight_line}) and says
 * so on stderr.
 */
@Command(name = "nearest", mixinStandardHelpOptions = true,
        description = "The k nearest resources of a kind from an incident (straight line, or travel time on roads).")
public final class NearestCommand implements Callable<Integer> {
    /** The {@code method} of travel-time results. */
    static final String TRAVEL_TIME = "travel_time";

    @Mixin
    DataDirOption dataDir = new DataDirOption();

    @Mixin
    IncidentOptions incident = new IncidentOptions();

    @Mixin
    ResourceFilterOptions filters = new ResourceFilterOptions();

    @Option(names = "--kind", required = true, paramLabel = "KIND", description = "resource kind, e.g. rescue_team, shelter")
    String kind;

    @Option(names = "--k", paramLabel = "N", description = "how many (default 5)")
    int k = 5;

    @Option(names = "--by", paramLabel = "distance|time", description = "rank by straight-line distance (default)"
            + " or travel time (needs a road network)")
    String by = "distance";

    @Option(names = "--json", description = "print JSON")
    boolean json;

    @Mixin
    RoadQueryOptions road = new RoadQueryOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ResourceKind resourceKind = ResourceKind.parse(kind);
        boolean byTime = switch (by.trim().toLowerCase(Locale.ROOT)) {
            case "distance" -> false;
            case "time" -> true;
            default -> throw new IllegalArgumentException("--by must be 'distance' or 'time', got '" + by + "'");
        };
        var filter = filters.toFilter();
        RoadProfile profile = road.profile();
        Barriers barriers = road.barriers();
        try (Workspace ws = dataDir.open()) {
            AnalysisData data = AnalysisData.load(ws);
            LonLat from = incident.resolve(data);
            NearestQuery query = new NearestQuery(from, resourceKind, k, filter);
            NearestResources straightLine = new NearestResources(data.index(), StraightLineEta.DEFAULT);
            PrintWriter out = spec.commandLine().getOut();
            if (byTime) {
                Optional<TravelTimeAnswer> answer = travelTime(ws, straightLine.matching(query), from, profile, barriers);
                if (answer.isPresent()) {
                    printTravelTime(out, from, answer.get());
                    return 0;
                }
            }
            List<NearestResult> results = straightLine.find(query);
            if (json) {
                CliJson.print(out, toJson(results));
            } else {
                printTable(out, from, results);
            }
            return 0;
        }
    }

    /** The travel-time answer, or empty (after saying why on stderr) when no road network covers the incident. */
    private Optional<TravelTimeAnswer> travelTime(Workspace ws, List<Resource> candidates, LonLat from,
                                                  RoadProfile profile, Barriers barriers) {
        PrintWriter err = spec.commandLine().getErr();
        Optional<RoadNetwork> roads = RoadNetwork.open(RoadNetwork.folderIn(ws.dataDir()));
        if (roads.isEmpty()) {
            err.println("xems nearest: no road network is imported (xems roads import FILE.osm.pbf);"
                    + " showing the straight-line answer");
            err.flush();
            return Optional.empty();
        }
        try (RoadNetwork net = roads.get()) {
            TravelTimeAnswer answer = new TravelTimeNearest(net).find(
                    new NearestByTimeRequest(candidates, from, k, profile, barriers, false));
            if (!answer.incidentOnNetwork()) {
                err.println("xems nearest: " + answer.message() + "; showing the straight-line answer");
                err.flush();
                return Optional.empty();
            }
            for (UnroutedResource u : answer.notRouted()) {
                err.println("xems nearest: not routed (" + u.reason().name().toLowerCase(Locale.ROOT) + "): "
                        + u.resource().name());
            }
            err.flush();
            return Optional.of(answer);
        }
    }

    private void printTravelTime(PrintWriter out, LonLat from, TravelTimeAnswer answer) {
        if (json) {
            ArrayNode array = CliJson.array();
            for (TravelTimeHit h : answer.hits()) {
                Geodesy.DistanceBearing db = Geodesy.inverse(from, h.resource().location());
                CliJson.putResource(array.addObject(), h.resource())
                        .put("distance_m", CliJson.round(db.distanceM(), 2))
                        .put("bearing_deg", CliJson.round(db.bearingDeg(), 2))
                        .put("eta_min", CliJson.round(h.totalS() / 60.0, 1))
                        .put("method", TRAVEL_TIME)
                        .put("travel_s", CliJson.round(h.travelS(), 1))
                        .put("turnout_s", CliJson.round(h.turnoutS(), 1))
                        .put("road_m", CliJson.round(h.roadM(), 1))
                        .put("snap_m", CliJson.round(h.snapDistanceM(), 1))
                        .put("far_from_road", h.farFromRoad())
                        .put("phone", h.resource().details().phone())
                        .put("available", h.resource().details().available());
            }
            CliJson.print(out, array);
            return;
        }
        out.println("from " + from + " (travel time on roads, turnout included)");
        if (answer.hits().isEmpty()) {
            out.println("no matching resource can reach the incident by road");
        }
        for (TravelTimeHit h : answer.hits()) {
            out.printf(Locale.ROOT, "%2d  %-28s %6.1f min  (%4.1f driving + %4.1f turnout)  %7.0f m road%s  %s%n",
                    h.rank(), h.resource().name(), h.totalS() / 60, h.travelS() / 60, h.turnoutS() / 60, h.roadM(),
                    h.farFromRoad() ? String.format(Locale.ROOT, "  [%.0f m from road]", h.snapDistanceM()) : "",
                    h.resource().details().phone());
        }
        out.flush();
    }

    static ArrayNode toJson(List<NearestResult> results) {
        ArrayNode array = CliJson.array();
        for (NearestResult r : results) {
            CliJson.putResource(array.addObject(), r.resource())
                    .put("distance_m", CliJson.round(r.distanceM(), 2))
                    .put("bearing_deg", CliJson.round(r.bearingDeg(), 2))
                    .put("eta_min", CliJson.round(r.etaMin(), 1))
                    .put("method", r.method())
                    .put("phone", r.resource().details().phone())
                    .put("available", r.resource().details().available());
        }
        return array;
    }

    private static void printTable(PrintWriter out, LonLat from, List<NearestResult> results) {
        out.println("from " + from + " (" + NearestResult.STRAIGHT_LINE.replace('_', ' ') + ")");
        if (results.isEmpty()) {
            out.println("no matching resources");
        }
        int i = 1;
        for (NearestResult r : results) {
            out.printf(Locale.ROOT, "%2d  %-28s %9.0f m  %5.1f°  %6.1f min  %s%n", i++, r.resource().name(),
                    r.distanceM(), r.bearingDeg(), r.etaMin(), r.resource().details().phone());
        }
        out.flush();
    }
}
