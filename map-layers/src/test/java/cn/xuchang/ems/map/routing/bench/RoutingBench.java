package cn.xuchang.ems.map.routing.bench;

import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.map.routing.Barriers;
import cn.xuchang.ems.map.routing.ImportProgress;
import cn.xuchang.ems.map.routing.NearestByTimeRequest;
import cn.xuchang.ems.map.routing.RoadNetwork;
import cn.xuchang.ems.map.routing.RoadNetworkImportReport;
import cn.xuchang.ems.map.routing.RoadNetworkImporter;
import cn.xuchang.ems.map.routing.RoadProfile;
import cn.xuchang.ems.map.routing.RoutingBenchSupport;
import cn.xuchang.ems.map.routing.ServiceAreaRequest;
import cn.xuchang.ems.map.routing.ServiceAreaResult;
import cn.xuchang.ems.map.routing.ServiceAreas;
import cn.xuchang.ems.map.routing.TravelTimeAnswer;
import cn.xuchang.ems.map.routing.TravelTimeNearest;
import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import com.graphhopper.GraphHopper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Andorra, 200 rescue teams (turnout 0–5 min), 50 incidents, emergency profile.
 *
 * <ul>
 * <li>{@code nearestByTimeK5}: {@link TravelTimeNearest}, k = 5 — one reverse search;</li>
 * <li>{@code baseline200ChRoutes}: 200 contraction-hierarchy routes per incident, sorted;</li>
 * <li>{@code serviceArea15min}: one facility's 15-minute area as polygons;</li>
 * <li>{@code baselineGraphHopperIsochrone15min}: GraphHopper's tree + triangulation + contour.</li>
 * </ul>
 * Run (about 2–3 minutes; prints import time, graph size and an answer check first), from the
 * repository root:
 * <pre>
 * mvn -q -pl map-layers -am test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
 * cd map-layers &amp;&amp; java -cp target/test-classes:target/classes:$(cat target/bench.cp) \
 *     cn.xuchang.ems.map.routing.bench.RoutingBench
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RoutingBench {
    private static final int FACILITIES = 200;
    private static final int INCIDENTS = 50;

    private Path dir;
    private RoadNetwork network;
    private GraphHopper ch;
    private List<Resource> teams;
    private List<LonLat> incidents;
    private TravelTimeNearest nearest;
    private ServiceAreas areas;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        dir = Files.createTempDirectory("xems-routing-bench");
        Path osm = Path.of(RoutingBench.class.getResource("/osm/andorra.osm.pbf").toURI());
        RoadNetworkImportReport report = new RoadNetworkImporter(dir.resolve("roads"))
                .importFile(osm, ImportProgress.NONE, () -> false);
        System.out.printf("%nimport: %d ms, %d nodes, %d edges, graph folder %.1f MB%n", report.duration().toMillis(),
                report.nodes(), report.edges(), report.graphBytes() / 1e6);
        network = RoadNetwork.open(dir.resolve("roads")).orElseThrow();
        long t0 = System.nanoTime();
        ch = RoutingBenchSupport.chHopper(osm, dir.resolve("ch"), RoadProfile.EMERGENCY);
        System.out.printf("baseline CH import + preparation: %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        teams = RoutingBenchSupport.teams(network, FACILITIES, 5, 2024);
        incidents = RoutingBenchSupport.pointsNearRoads(network, INCIDENTS, 4048);
        nearest = new TravelTimeNearest(network);
        areas = new ServiceAreas(network);
        checkSameAnswer();
    }

    /** The benchmark compares like with like: both sides must rank the same teams. */
    private void checkSameAnswer() {
        int same = 0;
        for (LonLat incident : incidents) {
            List<String> fast = nearest.find(NearestByTimeRequest.of(teams, incident, 5)).hits().stream()
                    .map(h -> h.resource().name()).toList();
            List<String> slow = Arrays.stream(chTop5(incident)).mapToObj(i -> teams.get((int) i).name()).toList();
            same += fast.equals(slow) ? 1 : 0;
        }
        System.out.printf("same top-5 order as the CH baseline for %d of %d incidents (ties of < 1 s may swap)%n", same, INCIDENTS);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        network.close();
        ch.close();
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private LonLat nextIncident() {
        next = (next + 1) % INCIDENTS;
        return incidents.get(next);
    }

    @Benchmark
    public TravelTimeAnswer nearestByTimeK5() {
        return nearest.find(new NearestByTimeRequest(teams, nextIncident(), 5, RoadProfile.EMERGENCY, Barriers.NONE, false));
    }

    @Benchmark
    public long[] baseline200ChRoutes() {
        return chTop5(nextIncident());
    }

    private long[] chTop5(LonLat incident) {
        long[][] totals = new long[teams.size()][];
        int n = 0;
        for (int i = 0; i < teams.size(); i++) {
            Resource t = teams.get(i);
            GHResponse rsp = ch.route(new GHRequest(t.location().lat(), t.location().lon(), incident.lat(), incident.lon())
                    .setProfile(RoadProfile.EMERGENCY.code()));
            if (!rsp.hasErrors()) {
                long turnout = ((cn.xuchang.ems.data.domain.RescueTeam) t.details()).turnoutMinutes() * 60_000L;
                totals[n++] = new long[] {rsp.getBest().getTime() + turnout, i};
            }
        }
        long[][] found = Arrays.copyOf(totals, n);
        Arrays.sort(found, (a, b) -> Long.compare(a[0], b[0]));
        return Arrays.stream(found).limit(5).mapToLong(a -> a[1]).toArray();
    }

    @Benchmark
    public ServiceAreaResult serviceArea15min() {
        Resource team = teams.get(next = (next + 1) % FACILITIES);
        return areas.compute(ServiceAreaRequest.of(List.of(team), List.of(15)));
    }

    @Benchmark
    public Object baselineGraphHopperIsochrone15min() {
        Resource team = teams.get(next = (next + 1) % FACILITIES);
        return RoutingBenchSupport.graphHopperIsochrone(network, team.location(), RoadProfile.EMERGENCY, 15);
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(RoutingBench.class.getName()).build()).run();
    }
}
