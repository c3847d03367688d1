package cn.xuchang.ems.app.cli;

import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.data.workspace.Workspace;
import cn.xuchang.ems.map.analysis.DemandPoint;
import cn.xuchang.ems.map.analysis.DemandSet;
import cn.xuchang.ems.map.analysis.ResourceFilter;
import cn.xuchang.ems.map.analysis.coverage.Coverage;
import cn.xuchang.ems.map.analysis.coverage.CoverageReport;
import cn.xuchang.ems.map.analysis.coverage.FacilityRadius;
import cn.xuchang.ems.map.analysis.coverage.UncoveredPoint;
import cn.xuchang.ems.map.analysis.suggest.CandidateSite;
import cn.xuchang.ems.map.analysis.suggest.MaxCoverage;
import cn.xuchang.ems.map.analysis.suggest.SitePick;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.locationtech.jts.geom.Envelope;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code xems suggest}: where to add the next facilities so that they cover the most demand that the
 * existing ones leave uncovered (greedy maximal coverage; at least (1 − 1/e) ≈ 63 % of the best possible).
 *
 * <p>JSON (stable): {@code {"facilities", "demand", "radius_m", "total", "covered_before", "share_before",
 * "approximation", "candidates", "picks": [{"rank", "id", "name", "lon", "lat", "gain", "cumulative_gain",
 * "points_covered", "share_after"}]}}.
 */
@Command(name = "suggest", mixinStandardHelpOptions = true, description = "Where to add n facilities to cover the most uncovered demand (greedy).")
public final class SuggestCommand implements Callable<Integer> {

    static final String APPROXIMATION = "greedy maximal coverage: covers at least (1 - 1/e) ~ 63% of the optimum";
    private static final int MAX_GRID_SITES = 40_000;

    @Mixin
    DataDirOption dataDir = new DataDirOption();

    @Mixin
    ResourceFilterOptions filters = new ResourceFilterOptions();

    @Option(names = "--facilities", required = true, paramLabel = "KIND", description = "facility kind, e.g. shelter")
    String facilities;

    @Option(names = "--radius", required = true, paramLabel = "M", description = "service radius of new facilities, metres")
    double radius;

    @Option(names = "--demand", required = true, paramLabel = "LAYER", description = "demand layer: a resource kind or 'place'")
    String demand;

    @Option(names = "--n", paramLabel = "N", description = "how many sites to suggest (default 3)")
    int n = 3;

    @Option(names = "--candidates", paramLabel = "LAYER",
            description = "candidate sites: a resource kind or 'place' (default: a grid over the demand's extent)")
    String candidates;

    @Option(names = "--spacing", paramLabel = "M", description = "grid spacing for candidate sites, metres (default 1000)")
    double spacing = 1000;

    @Option(names = "--weight", paramLabel = "points|people", description = "count demand points (default) or people")
    String weight = "points";

    @Option(names = "--json", description = "print JSON")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ResourceKind facilityKind = ResourceKind.parse(facilities);
        if (!(radius > 0)) {
            throw new IllegalArgumentException("--radius must be > 0 m, got " + radius);
        }
        if (n < 1 || n > 100) {
            throw new IllegalArgumentException("--n must be between 1 and 100, got " + n);
        }
        boolean byPeople = switch (weight.trim().toLowerCase(Locale.ROOT)) {
            case "points" -> false;
            case "people" -> true;
            default -> throw new IllegalArgumentException("--weight must be 'points' or 'people', got '" + weight + "'");
        };
        ResourceFilter filter = filters.toFilter();
        filter.checkAppliesTo(facilityKind);
        try (Workspace ws = dataDir.open()) {
            AnalysisData data = AnalysisData.load(ws);
            List<Resource> existing = data.ofKind(facilityKind).stream().filter(filter).toList();
            List<DemandPoint> demandPoints = data.demand(demand);
            CoverageReport before = Coverage.of(existing, FacilityRadius.fixed(radius),
                    DemandSet.of(demandPoints));
            List<DemandPoint> uncovered = before.uncovered().stream().map(UncoveredPoint::point).toList();
            List<CandidateSite> sites = candidates != null ? candidateLayer(data, candidates)
                    : grid(demandPoints, spacing);
            List<SitePick> picks = MaxCoverage.suggest(sites, radius, DemandSet.of(uncovered), n, byPeople, () -> false);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                CliJson.print(out, toJson(facilityKind, before, sites.size(), picks, byPeople));
            } else {
                out.printf(Locale.ROOT, "%d of %d %s covered now; %s%n", before.covered(), before.total(), demand.trim(),
                        APPROXIMATION);
                for (SitePick p : picks) {
                    out.printf(Locale.ROOT, "%2d  %-20s %s  +%d%n", p.rank(), p.site().name().isEmpty()
                            ? p.site().id() : p.site().name(), p.site().location(), p.gain());
                }
                out.flush();
            }
            return 0;
        }
    }

    private static List<CandidateSite> candidateLayer(AnalysisData data, String layer) {
        return data.demand(layer).stream().map(d -> new CandidateSite(d.id(), d.name(), d.location())).toList();
    }

    private static List<CandidateSite> grid(List<DemandPoint> demand, double spacing) {
        if (demand.isEmpty()) {
            return List.of();
        }
        Envelope e = new Envelope();
        demand.forEach(d -> e.expandToInclude(d.location().lon(), d.location().lat()));
        return CandidateSite.grid(e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY(), spacing, MAX_GRID_SITES);
    }

    private ObjectNode toJson(ResourceKind facilityKind, CoverageReport before, int candidateCount, List<SitePick> picks,
                              boolean byPeople) {
        ObjectNode root = CliJson.object();
        root.put("facilities", facilityKind.code());
        root.put("demand", demand.trim().toLowerCase(Locale.ROOT));
        root.put("radius_m", radius);
        root.put("total", before.total());
        root.put("covered_before", before.covered());
        root.put("share_before", CliJson.round(before.share(), 4));
        root.put("weight", byPeople ? "people" : "points");
        root.put("approximation", APPROXIMATION);
        root.put("candidates", candidateCount);
        ArrayNode array = root.putArray("picks");
        int covered = before.covered();
        for (SitePick p : picks) {
            covered += p.pointsCovered();
            array.addObject()
                    .put("rank", p.rank())
                    .put("id", p.site().id())
                    .put("name", p.site().name())
                    .put("lon", p.site().location().lon())
                    .put("lat", p.site().location().lat())
                    .put("gain", p.gain())
                    .put("cumulative_gain", p.cumulativeGain())
                    .put("points_covered", p.pointsCovered())
                    .put("share_after", before.total() == 0 ? 0 : CliJson.round((double) covered / before.total(), 4));
        }
        return root;
    }
}
