package cn.xuchang.ems.app.cli;

import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.data.json.DomainJson;
import cn.xuchang.ems.data.workspace.Workspace;
import cn.xuchang.ems.map.routing.RoadNetwork;
import cn.xuchang.ems.map.routing.ServiceAreaBand;
import cn.xuchang.ems.map.routing.ServiceAreaRequest;
import cn.xuchang.ems.map.routing.ServiceAreaResult;
import cn.xuchang.ems.map.routing.ServiceAreas;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code xems service-area --kind KIND --minutes 5,10,15 --out FILE.geojson}: areas reachable by road
 * from all available resources of a kind, written as a GeoJSON FeatureCollection (one feature per
 * break, cumulative, properties {@code minutes, area_km2, covered, demand, coverage_share}).
 *
 * <p>JSON summary (stable): {@code {"kind","profile","facilities","off_network","count_turnout",
 * "demand_kind","demand_off_network","out","bands":[{"minutes","area_km2","covered","demand","coverage_share"}]}}.
 */
@Command(name = "service-area", mixinStandardHelpOptions = true, description = "Write travel-time service areas of a resource kind as GeoJSON.")
public final class ServiceAreaCommand implements Callable<Integer> {
    @Mixin
    DataDirOption dataDir = new DataDirOption();

    @Mixin
    RoadQueryOptions road = new RoadQueryOptions();

    @Option(names = "--kind", required = true, paramLabel = "KIND", description = "resource kind, e.g. rescue_team, shelter")
    String kind;

    @Option(names = "--minutes", required = true, split = ",", paramLabel = "M", description = "breaks in minutes, e.g. 5,10,15")
    List<Integer> minutes;

    @Option(names = "--out", required = true, paramLabel = "FILE.geojson", description = "GeoJSON file to write")
    Path out;

    @Option(names = "--turnout", description = "start each rescue team after its turnout minutes")
    boolean turnout;

    @Option(names = "--all", description = "include resources that are not available (off duty, closed)")
    boolean all;

    @Option(names = "--demand-kind", paramLabel = "KIND", description = "count coverage of this kind, e.g. school")
    String demandKind;

    @Option(names = "--json", description = "print a JSON summary")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ResourceKind facilityKind = ResourceKind.parse(kind);
        List<Resource> facilities;
        List<Resource> demand;
        try (Workspace ws = dataDir.open()) {
            facilities = ws.store().loadByKind(facilityKind).stream().filter(r -> all || r.details().available()).toList();
            demand = demandKind == null ? List.of() : ws.store().loadByKind(ResourceKind.parse(demandKind));
        }
        if (facilities.isEmpty()) {
            throw new IllegalArgumentException("no " + (all ? "" : "available ") + facilityKind.code()
                    + " resources in the data folder" + (all ? "" : " (add --all to include unavailable ones)"));
        }
        ServiceAreaResult result;
        try (RoadNetwork net = RoadQueryOptions.openNetwork(dataDir.resolve())) {
            result = new ServiceAreas(net).compute(new ServiceAreaRequest(facilities, minutes, road.profile(),
                    road.barriers(), turnout, demand));
        }
        long offFacilities = result.offNetwork().stream().filter(r -> r.kind() == facilityKind).count();
        if (offFacilities == facilities.size()) {
            throw new IllegalStateException("none of the " + facilities.size() + " " + facilityKind.code()
                    + " resources lies on the road network (all farther than " + (int) RoadNetwork.OFF_NETWORK_M
                    + " m from its roads); import a road network covering them");
        }
        writeGeoJson(result);
        PrintWriter o = spec.commandLine().getOut();
        if (json) {
            ObjectNode n = DomainJson.mapper().createObjectNode();
            n.put("kind", facilityKind.code());
            n.put("profile", road.profile().code());
            n.put("facilities", facilities.size());
            n.put("off_network", offFacilities);
            n.put("count_turnout", turnout);
            n.put("demand_kind", demandKind);
            n.put("demand_off_network", result.offNetwork().size() - offFacilities);
            n.put("out", out.toAbsolutePath().toString());
            ArrayNode bands = n.putArray("bands");
            for (ServiceAreaBand b : result.bands()) {
                bands.add(properties(b));
            }
            o.println(DomainJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(n));
        } else {
            o.printf(Locale.ROOT, "%d %s (%d off the road network) → %s%n", facilities.size(), facilityKind.code(),
                    offFacilities, out.toAbsolutePath());
            for (ServiceAreaBand b : result.bands()) {
                o.printf(Locale.ROOT, "  %3d min: %8.2f km²%s%n", b.minutes(), b.areaKm2(), b.demand() == 0 ? ""
                        : String.format(Locale.ROOT, ", %d of %d %s covered (%.0f%%)", b.covered(), b.demand(),
                        demandKind, b.coverageShare() * 100));
            }
        }
        o.flush();
        return 0;
    }

    private static ObjectNode properties(ServiceAreaBand b) {
        return DomainJson.mapper().createObjectNode().put("minutes", b.minutes()).put("area_km2", b.areaKm2())
                .put("covered", b.covered()).put("demand", b.demand()).put("coverage_share", b.coverageShare());
    }

    private void writeGeoJson(ServiceAreaResult result) throws java.io.IOException {
        ObjectNode fc = DomainJson.mapper().createObjectNode();
        fc.put("type", "FeatureCollection");
        ArrayNode features = fc.putArray("features");
        // largest first, so GIS tools draw the smaller bands on top
        ServiceAreaBand[] bands = result.bands().toArray(ServiceAreaBand[]::new);
        Arrays.sort(bands, (a, b) -> Integer.compare(b.minutes(), a.minutes()));
        for (ServiceAreaBand b : bands) {
            ObjectNode f = features.addObject();
            f.put("type", "Feature");
            f.set("properties", properties(b));
            f.set("geometry", GeoJsonNodes.geometry(b.area()));
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        DomainJson.mapper().writeValue(out.toFile(), fc);
    }
}
