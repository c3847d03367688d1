package cn.xuchang.ems.app.cli;

import cn.xuchang.ems.map.routing.Barriers;
import cn.xuchang.ems.map.routing.RoadNetwork;
import cn.xuchang.ems.map.routing.RoadProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import picocli.CommandLine.Option;

/** Options shared by the road commands: vehicle profile and barriers; opens the network. */
public final class RoadQueryOptions {

    @Option(names = "--profile", paramLabel = "PROFILE", description = "vehicle profile: emergency (default: car access and one-ways, turn restrictions ignored,"
                    + " main roads 15-25%% faster) or car (turn restrictions obeyed)")
    String profile = "emergency";

    @Option(names = "--barriers", paramLabel = "FILE.geojson",
            description = "GeoJSON in lon/lat: polygons are hazard zones, lines are closed roads (made impassable)")
    Path barriersFile;

    RoadProfile profile() {
        return RoadProfile.parse(profile);
    }

    Barriers barriers() {
        if (barriersFile == null) {
            return Barriers.NONE;
        }
        Geometry g;
        try {
            g = new GeoJsonReader().read(Files.readString(barriersFile));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read barriers file " + barriersFile + ": " + e.getMessage(), e);
        } catch (ParseException e) {
            throw new IllegalArgumentException("barriers file " + barriersFile + " is not GeoJSON: " + e.getMessage()
                    + "; give polygons (hazard zones) and lines (closed roads) in lon/lat", e);
        }
        List<Polygon> zones = new ArrayList<>();
        List<LineString> roads = new ArrayList<>();
        collect(g, zones, roads);
        if (zones.isEmpty() && roads.isEmpty()) {
            throw new IllegalArgumentException("barriers file " + barriersFile
                    + " holds no polygon or line; draw hazard zones as polygons and closed roads as lines");
        }
        return new Barriers(zones, roads, Barriers.NONE.closedRoadToleranceM());
    }

    private static void collect(Geometry g, List<Polygon> zones, List<LineString> roads) {
        if (g instanceof Polygon p) {
            zones.add(p);
        } else if (g instanceof LineString l) {
            roads.add(l);
        } else {
            for (int i = 0; i < g.getNumGeometries(); i++) {
                if (g.getGeometryN(i) != g) {
                    collect(g.getGeometryN(i), zones, roads);
                }
            }
        }
    }

    /** The road network of the data folder; fails with the command to import one when there is none. */
    static RoadNetwork openNetwork(Path dataDir) {
        Path roads = RoadNetwork.folderIn(dataDir);
        return RoadNetwork.open(roads).orElseThrow(() -> new IllegalStateException("no road network in " + roads
                + "; import an OpenStreetMap extract first: xems roads import FILE.osm.pbf"));
    }
}
