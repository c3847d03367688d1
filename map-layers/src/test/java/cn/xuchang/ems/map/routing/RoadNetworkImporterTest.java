package cn.xuchang.ems.map.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xuchang.ems.data.domain.LonLat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imports Monaco once, then tries to replace it with bad files. */
class RoadNetworkImporterTest {
    private static final LonLat MONACO = new LonLat(7.4246, 43.7384);

    @TempDir
    static Path dataDir;
    static Path roads;
    static RoadNetworkImportReport first;
    static List<String> phases = new ArrayList<>();

    @BeforeAll
    static void importMonaco() {
        roads = dataDir.resolve("roads");
        first = new RoadNetworkImporter(roads).importFile(AndorraFixture.osmFile("monaco.osm.pbf"),
                (phase, fraction) -> phases.add(phase + "@" + fraction), () -> false);
    }

    @Test
    void importsIntoTheDataFolderAndReportsProgress() {
        assertThat(first.graphDir()).isEqualTo(roads.resolve("graph"));
        assertThat(first.nodes()).isGreaterThan(100);
        assertThat(first.graphBytes()).isGreaterThan(10_000);
        assertThat(phases.get(0)).startsWith("checking file@0.0");
        assertThat(phases.get(phases.size() - 1)).isEqualTo("done@1.0");
        assertThat(phases).anyMatch(p -> p.startsWith("reading OpenStreetMap data"));
        try (RoadNetwork net = RoadNetwork.open(roads).orElseThrow()) {
            assertThat(net.covers(MONACO, RoadProfile.CAR)).isTrue();
            assertThat(net.info().nodes()).isEqualTo(first.nodes());
            assertThat(net.info().source()).endsWith("monaco.osm.pbf");
        }
    }

    @Test
    void refusesAnEmptyFileAndKeepsTheGraph() throws IOException {
        Path empty = Files.createFile(dataDir.resolve("empty.osm.pbf"));
        assertThatThrownBy(() -> new RoadNetworkImporter(roads).importFile(empty, ImportProgress.NONE, () -> false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty.osm.pbf").hasMessageContaining("empty").hasMessageContaining("previous road network is kept");
        assertGraphIntact();
    }

    @Test
    void refusesABrokenFileAndKeepsTheGraph() throws IOException {
        Path broken = dataDir.resolve("broken.osm.pbf");
        byte[] real = Files.readAllBytes(AndorraFixture.osmFile("monaco.osm.pbf"));
        byte[] cut = java.util.Arrays.copyOf(real, real.length / 3);
        for (int i = 200; i < cut.length; i += 7) {
            cut[i] = (byte) (cut[i] ^ 0x5a);
        }
        Files.write(broken, cut);
        Files.createDirectories(roads.resolve(".import-left-by-a-killed-run"));
        assertThatThrownBy(() -> new RoadNetworkImporter(roads).importFile(broken, ImportProgress.NONE, () -> false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("broken.osm.pbf").hasMessageContaining("previous road network is kept");
        assertGraphIntact();
    }

    @Test
    void refusesAnXmlFileWithoutRoads() throws IOException {
        Path noRoads = dataDir.resolve("no-roads.osm");
        Files.writeString(noRoads, """
                <?xml version='1.0' encoding='UTF-8'?>
                <osm version="0.6" generator="test">
                  <node id="1" lat="43.73" lon="7.42"/>
                  <node id="2" lat="43.74" lon="7.43"/>
                  <way id="10"><nd ref="1"/><nd ref="2"/><tag k="natural" v="coastline"/></way>
                </osm>
                """);
        assertThatThrownBy(() -> new RoadNetworkImporter(roads).importFile(noRoads, ImportProgress.NONE, () -> false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no roads");
        assertGraphIntact();
    }

    @Test
    void cancellingLeavesThePreviousGraph() {
        AtomicBoolean cancel = new AtomicBoolean();
        assertThatThrownBy(() -> new RoadNetworkImporter(roads).importFile(AndorraFixture.osmFile("andorra.osm.pbf"),
                (phase, f) -> cancel.set(phase.startsWith("reading")), cancel::get))
                .isInstanceOf(CancellationException.class);
        assertGraphIntact();
    }

    @Test
    void readsGzippedXml(@TempDir Path other) throws IOException {
        Path gz = other.resolve("grid.osm.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(Files.readAllBytes(AndorraFixture.osmFile("turn-restriction.osm")));
        }
        RoadNetworkImportReport report = new RoadNetworkImporter(other.resolve("roads"), 0)
                .importFile(gz, ImportProgress.NONE, () -> false);
        assertThat(report.nodes()).isGreaterThanOrEqualTo(9);
    }

    private static void assertGraphIntact() {
        try (RoadNetwork net = RoadNetwork.open(roads).orElseThrow()) {
            assertThat(net.info().nodes()).isEqualTo(first.nodes());
            assertThat(net.covers(MONACO, RoadProfile.CAR)).isTrue();
        }
        try (var files = Files.list(roads)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("graph");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
