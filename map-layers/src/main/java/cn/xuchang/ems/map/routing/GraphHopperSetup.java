package cn.xuchang.ems.map.routing;

import com.graphhopper.GraphHopper;
import com.graphhopper.config.Profile;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The one GraphHopper configuration used both to import and to load a graph (they must match). */
final class GraphHopperSetup {
    /** Road pieces with fewer nodes than this are cut off at import (car parks, private islands). */
    static final int MIN_NETWORK_SIZE = 200;

    private GraphHopperSetup() {
    }

    static <T extends GraphHopper> T configure(T hopper, Path graphDir) {
        List<Profile> profiles = Arrays.stream(RoadProfile.values()).map(RoadProfile::toGraphHopperProfile).toList();
        hopper.setGraphHopperLocation(graphDir.toString());
        hopper.setEncodedValuesString(RoadProfile.encodedValues());
        hopper.setProfiles(profiles);
        hopper.setMinNetworkSize(MIN_NETWORK_SIZE);
        return hopper;
    }
}
