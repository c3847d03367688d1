package cn.xuchang.ems.app.cli;

import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.data.workspace.Workspace;
import cn.xuchang.ems.map.analysis.nearest.NearestQuery;
import cn.xuchang.ems.map.analysis.nearest.NearestResources;
import cn.xuchang.ems.map.analysis.nearest.NearestResult;
import cn.xuchang.ems.map.analysis.nearest.StraightLineEta;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code xems nearest}: the k nearest resources of a kind from an incident.
 *
 * <p>JSON (stable): an array sorted by distance, each {@code {"id", "name", "kind", "lon", "lat",
 * "distance_m", "bearing_deg", "eta_min", "method", "phone", "available"}}.
 */
@Command(name = "nearest", description = "The k nearest resources of a kind from an incident (straight line).")
public final class NearestCommand implements Callable<Integer> {

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

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ResourceKind resourceKind = ResourceKind.parse(kind);
        switch (by.trim().toLowerCase(Locale.ROOT)) {
            case "distance" -> {
            }
            case "time" -> throw new IllegalArgumentException(
                    "--by time needs a road network, and no road network is loaded; use --by distance");
            default -> throw new IllegalArgumentException("--by must be 'distance' or 'time', got '" + by + "'");
        }
        var filter = filters.toFilter();
        try (Workspace ws = dataDir.open()) {
            AnalysisData data = AnalysisData.load(ws);
            LonLat from = incident.resolve(data);
            NearestQuery query = new NearestQuery(from, resourceKind, k, filter);
            List<NearestResult> results = new NearestResources(data.index(), StraightLineEta.DEFAULT).find(query);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                CliJson.print(out, toJson(results));
            } else {
                printTable(out, from, results);
            }
            return 0;
        }
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
