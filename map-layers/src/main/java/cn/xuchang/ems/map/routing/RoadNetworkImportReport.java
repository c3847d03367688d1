package cn.xuchang.ems.map.routing;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What an import produced.
 *
 * @param source     the OSM file read
 * @param graphDir   the folder now holding the graph
 * @param nodes      junctions and road ends in the graph
 * @param edges      road segments between them
 * @param graphBytes size of the graph folder on disk
 * @param duration   wall time of the whole import including the swap
 * @param bounds     lon/lat extent of the graph: minLon, minLat, maxLon, maxLat
 */
public record RoadNetworkImportReport(Path source, Path graphDir, int nodes, int edges, long graphBytes,
                                      Duration duration, double[] bounds) {
}
