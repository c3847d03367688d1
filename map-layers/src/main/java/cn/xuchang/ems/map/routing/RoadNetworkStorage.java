package cn.xuchang.ems.map.routing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Layout of {@code <data-dir>/roads/}: {@code graph/} is the network in use; an import builds into
 * a hidden {@code .import-*} folder and swaps it in by renames, keeping the old graph as
 * {@code graph.previous} until the new one is in place. A crash between the two renames is
 * repaired on the next {@link #graphDir(Path)} call.
 */
final class RoadNetworkStorage {
    static final String GRAPH = "graph";
    private static final String PREVIOUS = "graph.previous";

    private RoadNetworkStorage() {
    }

    /** The graph folder, after repairing a swap that was interrupted half-way. */
    static Path graphDir(Path roadsDir) {
        Path graph = roadsDir.resolve(GRAPH);
        Path previous = roadsDir.resolve(PREVIOUS);
        if (!Files.isDirectory(graph) && Files.isDirectory(previous)) {
            move(previous, graph);
        }
        return graph;
    }

    /** A fresh build folder; build folders left by an import that was killed are removed first. */
    static Path newBuildDir(Path roadsDir) {
        try {
            Files.createDirectories(roadsDir);
            try (Stream<Path> old = Files.list(roadsDir)) {
                old.filter(p -> p.getFileName().toString().startsWith(".import-")).forEach(RoadNetworkStorage::deleteRecursively);
            }
            return Files.createTempDirectory(roadsDir, ".import-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a build folder in " + roadsDir, e);
        }
    }

    /** Makes {@code built} the graph in use; the previous one is deleted only after the swap. */
    static Path swapIn(Path roadsDir, Path built) {
        Path graph = graphDir(roadsDir);
        Path previous = roadsDir.resolve(PREVIOUS);
        deleteRecursively(previous);
        if (Files.isDirectory(graph)) {
            move(graph, previous);
        }
        move(built, graph);
        deleteRecursively(previous);
        return graph;
    }

    private static void move(Path from, Path to) {
        try {
            try {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(from, to);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rename " + from + " to " + to, e);
        }
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }

    static long sizeOf(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure " + dir, e);
        }
    }
}
