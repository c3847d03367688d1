package cn.xuchang.ems.map.routing;

import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.data.domain.Provenance;
import cn.xuchang.ems.data.domain.RescueTeam;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.data.domain.TeamType;
import com.graphhopper.storage.NodeAccess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The real Andorra extract imported once per test JVM (a few seconds), plus seeded rescue teams
 * placed near its roads (offset so most snap mid-edge).
 */
final class AndorraFixture {
    private static final GeometryFactory GF = new GeometryFactory();
    private static RoadNetwork network;
    private static Path roadsDir;

    private AndorraFixture() {
    }

    static Path osmFile(String name) {
        try {
            return Path.of(AndorraFixture.class.getResource("/osm/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The shared imported network; do not close it. */
    static synchronized RoadNetwork network() {
        if (network == null) {
            try {
                roadsDir = Files.createTempDirectory(Path.of("target"), "andorra-roads-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            new RoadNetworkImporter(roadsDir).importFile(osmFile("andorra.osm.pbf"), ImportProgress.NONE, () -> false);
            network = RoadNetwork.open(roadsDir).orElseThrow();
        }
        return network;
    }

    static Resource team(String name, LonLat at, int turnoutMinutes) {
        return new Resource(UUID.nameUUIDFromBytes(name.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                ResourceKind.RESCUE_TEAM, name, at, GF.createPoint(new Coordinate(at.lon(), at.lat())), "", true,
                Provenance.created("test", Instant.EPOCH, "AndorraFixture", "EPSG:4326"),
                new RescueTeam(TeamType.FIRE, 20, List.of(), turnoutMinutes, true, ""));
    }

    /**
     * Points near random graph nodes, shifted up to ~60 m so they snap onto edges; only points the
     * network covers (not on the small road islands GraphHopper marks as subnetworks).
     */
    static List<LonLat> pointsNearRoads(RoadNetwork net, int n, long seed) {
        Random random = new Random(seed);
        NodeAccess na = net.graph().getNodeAccess();
        int nodes = net.graph().getNodes();
        List<LonLat> points = new ArrayList<>();
        while (points.size() < n) {
            int node = random.nextInt(nodes);
            double lat = na.getLat(node) + (random.nextDouble() - 0.5) * 0.001;
            double lon = na.getLon(node) + (random.nextDouble() - 0.5) * 0.0014;
            LonLat p = new LonLat(lon, lat);
            if (net.covers(p, RoadProfile.EMERGENCY) && net.covers(p, RoadProfile.CAR)) {
                points.add(p);
            }
        }
        return points;
    }

    /** {@code n} on-duty fire teams with turnout 0..maxTurnout minutes. */
    static List<Resource> teams(RoadNetwork net, int n, int maxTurnout, long seed) {
        Random random = new Random(seed + 1);
        List<Resource> teams = new ArrayList<>();
        List<LonLat> points = pointsNearRoads(net, n, seed);
        for (int i = 0; i < n; i++) {
            teams.add(team("team-" + seed + "-" + i, points.get(i), maxTurnout == 0 ? 0 : random.nextInt(maxTurnout + 1)));
        }
        return teams;
    }
}
