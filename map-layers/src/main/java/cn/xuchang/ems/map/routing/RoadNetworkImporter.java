package cn.xuchang.ems.map.routing;

import com.graphhopper.GraphHopper;
import com.graphhopper.storage.BaseGraph;
import com.graphhopper.util.shapes.BBox;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Imports an OpenStreetMap extract ({@code .osm.pbf}, {@code .osm}, {@code .osm.gz}) into
 * {@code <data-dir>/roads/graph}. The graph is built in a separate folder and swapped in only when it
 * is complete and holds roads; a broken, empty or road-less file, a failure or a cancellation leaves
 * the previous graph untouched.
 *
 * <p>Not thread-safe: run one import per data folder at a time, off the UI thread. Close any
 * {@link RoadNetwork} opened on the folder and reopen it after the import.
 */
public final class RoadNetworkImporter {
    static final String INFO_FILE = "xems-roads.properties";

    private final Path roadsDir;
    private final int minNetworkSize;

    /** @param roadsDir the {@code roads} folder inside the data folder (created when missing) */
    public RoadNetworkImporter(Path roadsDir) {
        this(roadsDir, GraphHopperSetup.MIN_NETWORK_SIZE);
    }

    /** For tiny hand-made test networks, which would otherwise be dropped as road islands. */
    RoadNetworkImporter(Path roadsDir, int minNetworkSize) {
        this.roadsDir = roadsDir.toAbsolutePath();
        this.minNetworkSize = minNetworkSize;
    }

    /**
     * Imports {@code osmFile}, replacing the current graph.
     *
     * @param progress  told the phase as the import advances
     * @param cancelled polled between phases; when it returns true the import stops with a
     *                  {@link CancellationException} and nothing changes. GraphHopper's reading of
     *                  the file itself cannot be interrupted, so a cancel takes effect when that
     *                  phase ends (Andorra: ~2 s)
     * @throws IllegalArgumentException when the file is missing, empty, not OSM data or has no roads
     */
    public RoadNetworkImportReport importFile(Path osmFile, ImportProgress progress, BooleanSupplier cancelled) {
        long start = System.nanoTime();
        progress.update("checking file", 0.0);
        checkReadable(osmFile);
        Path build = RoadNetworkStorage.newBuildDir(roadsDir);
        try {
            PhasedGraphHopper hopper = GraphHopperSetup.configure(new PhasedGraphHopper(progress, cancelled), build);
            hopper.setOSMFile(osmFile.toAbsolutePath().toString());
            hopper.setMinNetworkSize(minNetworkSize);
            int nodes;
            int edges;
            double[] bounds;
            try {
                hopper.importOrLoad();
                BaseGraph graph = hopper.getBaseGraph();
                nodes = graph.getNodes();
                edges = graph.getEdges();
                BBox b = graph.getBounds();
                bounds = new double[] {b.minLon, b.minLat, b.maxLon, b.maxLat};
            } catch (CancellationException e) {
                throw e;
            } catch (RuntimeException e) {
                if (String.valueOf(e.getMessage()).contains("must not be empty")) {
                    throw noRoads(osmFile);
                }
                throw new IllegalArgumentException("cannot import road network file " + osmFile + ": "
                        + rootMessage(e) + ". It must be OpenStreetMap data (.osm.pbf, .osm or .osm.gz); if it is"
                        + " damaged, export or download it again. The previous road network is kept", e);
            } finally {
                hopper.close();
            }
            if (nodes == 0 || edges == 0) {
                throw noRoads(osmFile);
            }
            checkCancelled(cancelled);
            writeInfo(build, osmFile, nodes, edges, bounds);
            progress.update("switching to the new road network", 0.97);
            Path graphDir = RoadNetworkStorage.swapIn(roadsDir, build);
            long bytes = RoadNetworkStorage.sizeOf(graphDir);
            progress.update("done", 1.0);
            return new RoadNetworkImportReport(osmFile, graphDir, nodes, edges, bytes,
                    Duration.ofNanos(System.nanoTime() - start), bounds);
        } finally {
            RoadNetworkStorage.deleteRecursively(build);
        }
    }

    private static IllegalArgumentException noRoads(Path osmFile) {
        return new IllegalArgumentException("road network file " + osmFile
                + " contains no roads a car can use (after dropping pieces of fewer than "
                + GraphHopperSetup.MIN_NETWORK_SIZE + " junctions); choose an extract covering the area."
                + " The previous road network is kept");
    }

    private static void checkReadable(Path osmFile) {
        String name = osmFile.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!(name.endsWith(".pbf") || name.endsWith(".osm") || name.endsWith(".osm.gz") || name.endsWith(".osm.bz2"))) {
            throw new IllegalArgumentException("road network file " + osmFile
                    + " is not an OpenStreetMap extract; use an .osm.pbf, .osm or .osm.gz file");
        }
        if (!Files.isRegularFile(osmFile) || !Files.isReadable(osmFile)) {
            throw new IllegalArgumentException("road network file " + osmFile + " does not exist or cannot be read");
        }
        try {
            if (Files.size(osmFile) == 0) {
                throw new IllegalArgumentException("road network file " + osmFile
                        + " is empty (0 bytes); download or export the extract again. The previous road network is kept");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + osmFile, e);
        }
    }

    private void writeInfo(Path graphDir, Path osmFile, int nodes, int edges, double[] bounds) {
        Properties info = new Properties();
        info.setProperty("source", osmFile.toAbsolutePath().toString());
        info.setProperty("imported_at", java.time.Instant.now().toString());
        info.setProperty("nodes", Integer.toString(nodes));
        info.setProperty("edges", Integer.toString(edges));
        info.setProperty("bounds", String.format(Locale.ROOT, "%.7f,%.7f,%.7f,%.7f", bounds[0], bounds[1], bounds[2], bounds[3]));
        try (var out = Files.newBufferedWriter(graphDir.resolve(INFO_FILE))) {
            info.store(out, "road network imported by xems");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + graphDir.resolve(INFO_FILE), e);
        }
    }

    static Properties readInfo(Path graphDir) {
        Properties info = new Properties();
        Path file = graphDir.resolve(INFO_FILE);
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                info.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return info;
    }

    private static void checkCancelled(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("road network import cancelled; the previous road network is kept");
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
        return t == e ? message : e.getMessage() + " (" + message + ")";
    }

    /** GraphHopper with its import phases reported and checked for cancellation. */
    private static final class PhasedGraphHopper extends GraphHopper {
        private final ImportProgress progress;
        private final BooleanSupplier cancelled;

        PhasedGraphHopper(ImportProgress progress, BooleanSupplier cancelled) {
            this.progress = progress;
            this.cancelled = cancelled;
        }

        @Override
        protected void importOSM() {
            checkCancelled(cancelled);
            progress.update("reading OpenStreetMap data", 0.05);
            super.importOSM();
        }

        @Override
        protected void postImportOSM() {
            checkCancelled(cancelled);
            progress.update("deriving road attributes", 0.6);
            super.postImportOSM();
        }

        @Override
        protected void cleanUp() {
            checkCancelled(cancelled);
            progress.update("removing isolated road pieces", 0.7);
            super.cleanUp();
        }

        @Override
        protected void postProcessing(boolean closeEarly) {
            checkCancelled(cancelled);
            progress.update("building the search index", 0.85);
            super.postProcessing(closeEarly);
            checkCancelled(cancelled);
        }
    }
}
