package cn.xuchang.ems.app.cli;

import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.data.workspace.Workspace;
import cn.xuchang.ems.map.analysis.DemandSet;
import cn.xuchang.ems.map.analysis.ResourceFilter;
import cn.xuchang.ems.map.analysis.coverage.Coverage;
import cn.xuchang.ems.map.analysis.coverage.CoverageReport;
import cn.xuchang.ems.map.analysis.coverage.FacilityRadius;
import cn.xuchang.ems.map.analysis.coverage.UncoveredPoint;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * {@code xems coverage}: how much of a demand layer lies within a service radius of a facility kind.
 *
 * <p>JSON (stable): {@code {"facilities", "demand", "radius_m", "covered", "total", "share", "uncovered":
 * [ids, worst gap first], "gaps": [{"id", "name", "lon", "lat", "nearest_facility_id",
 * "nearest_distance_m"}], "multiplicity": {"0": n, "1": n, ...}, "demand_people", "covered_people",
 * "facility_capacity", "facility_free_capacity"}}.
 */
@Command(name = "coverage", mixinStandardHelpOptions = true, description = "Share of a demand layer within a service radius of facilities, and the gaps.")
public final class CoverageCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir = new DataDirOption();

    @Mixin
    ResourceFilterOptions filters = new ResourceFilterOptions();

    @Option(names = "--facilities", required = true, paramLabel = "KIND", description = "facility kind, e.g. shelter")
    String facilities;

    @Option(names = "--radius", required = true, paramLabel = "M",
            description = "service radius in metres, or 'class' for shelters' planning defaults"
                    + " (emergency 500, fixed 2500, central 5000)")
    String radius;

    @Option(names = "--demand", required = true, paramLabel = "LAYER",
            description = "demand layer: a resource kind (school, kindergarten, enterprise, ...) or 'place'")
    String demand;

    @Option(names = "--json", description = "print JSON")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ResourceKind facilityKind = ResourceKind.parse(facilities);
        FacilityRadius facilityRadius = parseRadius(radius, facilityKind);
        ResourceFilter filter = filters.toFilter();
        filter.checkAppliesTo(facilityKind);
        try (Workspace ws = dataDir.open()) {
            AnalysisData data = AnalysisData.load(ws);
            List<Resource> chosen = data.ofKind(facilityKind).stream().filter(filter).toList();
            CoverageReport report = Coverage.of(chosen, facilityRadius, DemandSet.of(data.demand(demand)));
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                CliJson.print(out, toJson(report, facilityKind, demand, radius));
            } else {
                out.printf(Locale.ROOT, "%s within %s of %d %s: %d of %d (%.1f %%), %d uncovered%n", demand.trim(),
                        radius.trim().equalsIgnoreCase("class") ? "the class radii" : radius.trim() + " m", chosen.size(), facilityKind.code(), report.covered(), report.total(),
                        report.share() * 100, report.uncovered().size());
                for (UncoveredPoint u : report.uncovered().subList(0, Math.min(20, report.uncovered().size()))) {
                    out.printf(Locale.ROOT, "  gap  %-28s nearest %s at %.0f m%n", u.point().name(),
                            facilityKind.code(), u.nearestDistanceM());
                }
                out.flush();
            }
            return 0;
        }
    }

    static FacilityRadius parseRadius(String text, ResourceKind kind) {
        String t = text.trim();
        if (t.equalsIgnoreCase("class")) {
            if (kind != ResourceKind.SHELTER) {
                throw new IllegalArgumentException("--radius class applies to shelters only; give metres for "
                        + kind.code());
            }
            return FacilityRadius.shelterPlanningDefaults();
        }
        try {
            return FacilityRadius.fixed(Double.parseDouble(t));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--radius must be metres (e.g. 2000) or 'class', got '" + text + "'");
        }
    }

    static ObjectNode toJson(CoverageReport report, ResourceKind facilityKind, String demand, String radius) {
        ObjectNode root = CliJson.object();
        root.put("facilities", facilityKind.code());
        root.put("demand", demand.trim().toLowerCase(Locale.ROOT));
        if (radius.trim().equalsIgnoreCase("class")) {
            root.put("radius_m", "class");
        } else {
            root.put("radius_m", Double.parseDouble(radius.trim()));
        }
        root.put("covered", report.covered());
        root.put("total", report.total());
        root.put("share", CliJson.round(report.share(), 4));
        ArrayNode ids = root.putArray("uncovered");
        ArrayNode gaps = root.putArray("gaps");
        for (UncoveredPoint u : report.uncovered()) {
            ids.add(u.point().id());
            ObjectNode g = gaps.addObject();
            g.put("id", u.point().id());
            g.put("name", u.point().name());
            g.put("lon", u.point().location().lon());
            g.put("lat", u.point().location().lat());
            g.put("nearest_facility_id", u.nearestFacilityId().isEmpty() ? null : u.nearestFacilityId());
            if (Double.isFinite(u.nearestDistanceM())) {
                g.put("nearest_distance_m", CliJson.round(u.nearestDistanceM(), 2));
            } else {
                g.putNull("nearest_distance_m");
            }
        }
        ObjectNode histogram = root.putObject("multiplicity");
        report.multiplicityHistogram().forEach((m, n) -> histogram.put(String.valueOf(m), n));
        root.put("demand_people", report.demandPeople());
        root.put("covered_people", report.coveredPeople());
        root.put("facility_capacity", report.facilityCapacity());
        root.put("facility_free_capacity", report.facilityFreeCapacity());
        return root;
    }
}
