package cn.xuchang.ems.app.cli;

import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.data.workspace.Workspace;
import cn.xuchang.ems.map.analysis.nearest.NearestResult;
import cn.xuchang.ems.map.analysis.zone.BufferZone;
import cn.xuchang.ems.map.analysis.zone.CircleZone;
import cn.xuchang.ems.map.analysis.zone.PolygonZone;
import cn.xuchang.ems.map.analysis.zone.Zone;
import cn.xuchang.ems.map.analysis.zone.ZoneContents;
import cn.xuchang.ems.map.analysis.zone.ZoneReport;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code xems within}: everything inside a polygon ({@code --wkt}, lon/lat) or a circle
 * ({@code --lon --lat --radius}), with the people inside and the nearest shelters.
 *
 * <p>JSON (stable): {@code {"counts": {"school": 3, ...}, "total", "resources": [{"id", "name", "kind", "lon",
 * "lat"}], "pupils", "residents", "people", "nearest_shelters": [nearest-form objects],
 * "shelter_free_capacity"}}. Points on the zone's edge are inside.
 */
@Command(name = "within", mixinStandardHelpOptions = true, description = "Everything inside a polygon (--wkt), a buffer (--wkt G --buffer M)"
        + " or a circle (--lon --lat --radius).")
public final class WithinCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir = new DataDirOption();

    @Mixin
    IncidentOptions centre = new IncidentOptions();

    @Option(names = "--wkt", paramLabel = "WKT", description = "POLYGON or MULTIPOLYGON in lon/lat (x = lon)")
    String wkt;

    @Option(names = "--radius", paramLabel = "M", description = "circle radius in metres around --lon/--lat or --at")
    Double radius;

    @Option(names = "--buffer", paramLabel = "M",
            description = "with --wkt: the zone within M metres of that geometry (point, line or polygon)")
    Double buffer;

    @Option(names = "--shelters", paramLabel = "N", description = "how many nearest open shelters to list (default 5)")
    int shelters = 5;

    @Option(names = "--json", description = "print JSON")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if ((wkt == null) == (radius == null)) {
            throw new IllegalArgumentException("give either --wkt POLYGON or a circle (--lon X --lat Y --radius M)");
        }
        if (wkt != null && centre.given()) {
            throw new IllegalArgumentException("--wkt takes no centre; drop --lon/--lat/--at");
        }
        if (buffer != null && wkt == null) {
            throw new IllegalArgumentException("--buffer needs --wkt with the features to buffer");
        }
        Zone polygon = wkt == null ? null : buffer != null ? buffered(wkt, buffer) : polygon(wkt);
        try (Workspace ws = dataDir.open()) {
            AnalysisData data = AnalysisData.load(ws);
            Zone zone = polygon != null ? polygon : new CircleZone(centre.resolve(data), radius);
            ZoneReport report = new ZoneContents(data.index(), data.baseFeatures()).of(zone, shelters);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                CliJson.print(out, toJson(report));
            } else {
                out.println(report.count() + " resources inside; pupils " + report.pupils() + ", residents "
                        + report.residents());
                report.inside().forEach((kind, list) -> out.printf(Locale.ROOT, "  %-14s %d%n", kind.code(), list.size()));
                out.println("nearest open shelters (free places " + report.shelterFreeCapacity() + "):");
                for (NearestResult s : report.nearestShelters()) {
                    out.printf(Locale.ROOT, "  %-28s %7.0f m%n", s.resource().name(), s.distanceM());
                }
                out.flush();
            }
            return 0;
        }
    }

    private static Zone polygon(String text) {
        return new PolygonZone(read(text));
    }

    private static Zone buffered(String text, double metres) {
        return new BufferZone(List.of(read(text)), metres);
    }

    static Geometry read(String text) {
        try {
            Geometry g = new WKTReader().read(text);
            Envelope e = g.getEnvelopeInternal();
            if (e.getMinX() < -180 || e.getMaxX() > 180 || e.getMinY() < -90 || e.getMaxY() > 90) {
                throw new IllegalArgumentException("--wkt must be in lon/lat degrees (x = lon), got extent " + e);
            }
            return g;
        } catch (ParseException e) {
            throw new IllegalArgumentException("cannot read --wkt: " + e.getMessage()
                    + " (expected e.g. POLYGON ((113.8 34.0, 113.9 34.0, 113.9 34.1, 113.8 34.0)))");
        }
    }

    static ObjectNode toJson(ZoneReport report) {
        ObjectNode root = CliJson.object();
        ObjectNode counts = root.putObject("counts");
        ArrayNode resources = root.putArray("resources");
        for (Map.Entry<ResourceKind, List<Resource>> e : report.inside().entrySet()) {
            counts.put(e.getKey().code(), e.getValue().size());
            e.getValue().forEach(r -> CliJson.putResource(resources.addObject(), r));
        }
        root.put("total", report.count());
        root.put("pupils", report.pupils());
        root.put("residents", report.residents());
        root.put("people", report.people());
        root.set("nearest_shelters", NearestCommand.toJson(report.nearestShelters()));
        root.put("shelter_free_capacity", report.shelterFreeCapacity());
        return root;
    }
}
