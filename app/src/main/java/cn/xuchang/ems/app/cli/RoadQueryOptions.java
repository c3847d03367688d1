package cn.xuchang.ems.app.cli;

import cn.xuchang.ems.map.routing.BarrierGeoJson;
import cn.xuchang.ems.map.routing.Barriers;
import cn.xuchang.ems.map.routing.RoadNetwork;
import cn.xuchang.ems.map.routing.RoadProfile;
import java.nio.file.Path;
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
        return barriersFile == null ? Barriers.NONE : BarrierGeoJson.read(barriersFile);
    }

    /** The road network of the data folder; fails with the command to import one when there is none. */
    static RoadNetwork openNetwork(Path dataDir) {
        Path roads = RoadNetwork.folderIn(dataDir);
        return RoadNetwork.open(roads).orElseThrow(() -> new IllegalStateException("no road network in " + roads
                + "; import an OpenStreetMap extract first: xems roads import FILE.osm.pbf"));
    }
}
