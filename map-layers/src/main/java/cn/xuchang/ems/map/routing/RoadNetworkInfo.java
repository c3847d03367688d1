package cn.xuchang.ems.map.routing;

/**
 * Facts about the road network in use.
 *
 * @param source     OSM file it was imported from
 * @param importedAt ISO-8601 instant of the import
 * @param nodes      junctions and road ends
 * @param edges      road segments
 * @param graphBytes size of the graph folder on disk
 * @param minLon     extent, west
 * @param minLat     extent, south
 * @param maxLon     extent, east
 * @param maxLat     extent, north
 */
public record RoadNetworkInfo(String source, String importedAt, int nodes, int edges, long graphBytes,
                              double minLon, double minLat, double maxLon, double maxLat) {
}
