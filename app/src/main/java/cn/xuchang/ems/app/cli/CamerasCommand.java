package cn.xuchang.ems.app.cli;

import cn.xuchang.ems.data.domain.Camera;
import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.data.workspace.Workspace;
import cn.xuchang.ems.map.analysis.camera.CameraSight;
import cn.xuchang.ems.map.analysis.camera.CameraVisibility;
import cn.xuchang.ems.map.analysis.camera.SiteWatch;
import cn.xuchang.ems.map.analysis.camera.ZoneWatch;
import cn.xuchang.ems.map.analysis.zone.PolygonZone;
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
 * {@code xems cameras}: the cameras that see a spot, or ({@code --sites LAYER}) camera coverage of key
 * sites with the blind spots.
 *
 * <p>JSON (stable), spot form: an array nearest first, each {@code {"id", "name", "kind", "lon", "lat",
 * "camera_code", "distance_m", "bearing_deg" (camera → spot), "heading_deg", "fov_deg", "range_m", "online"}}.
 * Sites form: {@code {"sites", "total", "seen", "share", "blind": [ids], "watched": [{"id", "cameras": [ids]}]}}.
 * Zone form ({@code --wkt}): {@code {"spacing_m", "samples", "seen", "share", "blind_points": [[lon, lat]]}}.
 */
@Command(name = "cameras", mixinStandardHelpOptions = true, description = "Cameras that see a spot (--lon/--lat or --at), or blind spots among key sites (--sites).")
public final class CamerasCommand implements Callable<Integer> {

    private static final int MAX_SAMPLES = 200_000;

    @Mixin
    DataDirOption dataDir = new DataDirOption();

    @Mixin
    IncidentOptions spot = new IncidentOptions();

    @Option(names = "--sites", paramLabel = "LAYER", description = "check these key sites instead of one spot:"
            + " school, kindergarten, hazard_source, place, ...")
    String sites;

    @Option(names = "--wkt", paramLabel = "POLYGON", description = "camera coverage of this drawn zone (lon/lat)"
            + " sampled every --spacing metres")
    String wkt;

    @Option(names = "--spacing", paramLabel = "M", description = "sample spacing for --wkt, metres (default 50)")
    double spacing = 50;

    @Option(names = "--include-offline", description = "count offline cameras too")
    boolean includeOffline;

    @Option(names = "--json", description = "print JSON")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        int asked = (sites != null ? 1 : 0) + (spot.given() ? 1 : 0) + (wkt != null ? 1 : 0);
        if (asked != 1) {
            throw new IllegalArgumentException("give exactly one of: a spot (--lon/--lat or --at), --sites LAYER,"
                    + " --wkt POLYGON");
        }
        if (!(spacing >= 5)) {
            throw new IllegalArgumentException("--spacing must be at least 5 m, got " + spacing);
        }
        try (Workspace ws = dataDir.open()) {
            AnalysisData data = AnalysisData.load(ws);
            CameraVisibility visibility = new CameraVisibility(data.index());
            PrintWriter out = spec.commandLine().getOut();
            if (wkt != null) {
                printZone(out, visibility.watch(new PolygonZone(WithinCommand.read(wkt)), spacing, MAX_SAMPLES,
                        includeOffline));
            } else if (sites != null) {
                List<SiteWatch> watch = visibility.watch(data.demand(sites), includeOffline);
                printSites(out, watch);
            } else {
                LonLat at = spot.resolve(data);
                List<CameraSight> seen = visibility.camerasSeeing(at, includeOffline);
                if (json) {
                    CliJson.print(out, toJson(seen));
                } else {
                    out.println(seen.size() + " camera(s) see " + at);
                    for (CameraSight s : seen) {
                        out.printf(Locale.ROOT, "  %-28s %6.0f m  from %5.1f°%n", s.camera().name(), s.distanceM(),
                                s.bearingDeg());
                    }
                    out.flush();
                }
            }
            return 0;
        }
    }

    static ArrayNode toJson(List<CameraSight> seen) {
        ArrayNode array = CliJson.array();
        for (CameraSight s : seen) {
            Camera c = s.camera().details(Camera.class);
            CliJson.putResource(array.addObject(), s.camera())
                    .put("camera_code", c.cameraCode())
                    .put("distance_m", CliJson.round(s.distanceM(), 2))
                    .put("bearing_deg", CliJson.round(s.bearingDeg(), 2))
                    .put("heading_deg", c.headingDeg())
                    .put("fov_deg", c.fieldOfViewDeg())
                    .put("range_m", c.rangeM())
                    .put("online", c.online());
        }
        return array;
    }

    private void printZone(PrintWriter out, ZoneWatch watch) {
        if (json) {
            ObjectNode root = CliJson.object();
            root.put("spacing_m", watch.spacingM());
            root.put("samples", watch.samples());
            root.put("seen", watch.seen());
            root.put("share", CliJson.round(watch.share(), 4));
            ArrayNode blind = root.putArray("blind_points");
            watch.blindPoints().forEach(p -> blind.addArray().add(p.lon()).add(p.lat()));
            CliJson.print(out, root);
        } else {
            out.printf(Locale.ROOT, "%d of %d sample points seen (%.1f %%), spacing %.0f m%n", watch.seen(),
                    watch.samples(), watch.share() * 100, watch.spacingM());
            out.flush();
        }
    }

    private void printSites(PrintWriter out, List<SiteWatch> watch) {
        long blind = watch.stream().filter(SiteWatch::blind).count();
        if (json) {
            ObjectNode root = CliJson.object();
            root.put("sites", sites.trim().toLowerCase(Locale.ROOT));
            root.put("total", watch.size());
            root.put("seen", watch.size() - blind);
            root.put("share", watch.isEmpty() ? 0 : CliJson.round((double) (watch.size() - blind) / watch.size(), 4));
            ArrayNode blindIds = root.putArray("blind");
            ArrayNode watched = root.putArray("watched");
            for (SiteWatch w : watch) {
                if (w.blind()) {
                    blindIds.add(w.site().id());
                } else {
                    ObjectNode o = watched.addObject().put("id", w.site().id());
                    ArrayNode cams = o.putArray("cameras");
                    w.cameras().forEach(s -> cams.add(s.camera().id().toString()));
                }
            }
            CliJson.print(out, root);
        } else {
            out.printf(Locale.ROOT, "%d of %d %s seen by a camera; %d blind%n", watch.size() - blind, watch.size(),
                    sites.trim(), blind);
            watch.stream().filter(SiteWatch::blind).limit(20)
                    .forEach(w -> out.println("  blind  " + w.site().name()));
            out.flush();
        }
    }
}
