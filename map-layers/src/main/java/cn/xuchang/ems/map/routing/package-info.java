/**
 * Offline road network over GraphHopper core (embedded, no server).
 *
 * <p><b>Storage.</b> {@link cn.xuchang.ems.map.routing.RoadNetworkImporter} turns an OSM extract
 * into {@code <data-dir>/roads/graph}; it builds in a hidden folder and swaps it in by renames only
 * when the new graph is complete and holds roads, so a broken or empty file, a failure or a
 * cancellation keeps the previous network. {@link cn.xuchang.ems.map.routing.RoadNetwork} loads it
 * (RAM) for queries.
 *
 * <p><b>One search.</b> Every answer comes from the same time-ordered Dijkstra
 * ({@code TravelTimeTree}) over a GraphHopper {@code QueryGraph} that holds the query points as
 * virtual nodes (points snap mid-edge; resources are snapped once and cached, and copied per query
 * because {@code QueryGraph.create} rewrites snaps). It orders by milliseconds, not by GraphHopper
 * weight, and both profiles set {@code distance_influence 0}, so routes are fastest routes:
 * <ul>
 * <li>{@link cn.xuchang.ems.map.routing.TravelTimeNearest}: reverse search from the incident,
 *     stopped once no unreached candidate can beat the k-th turnout + driving total;</li>
 * <li>{@link cn.xuchang.ems.map.routing.RoutePlanner}: forward search stopped at the destination,
 *     turn list from GraphHopper's instruction builder and translations (zh_CN, en);</li>
 * <li>{@link cn.xuchang.ems.map.routing.ServiceAreas}: forward search from all facilities at once
 *     (each after its turnout when asked), polygons from a grid around the reached road pieces,
 *     coverage from the same search.</li>
 * </ul>
 *
 * <p><b>Profiles and barriers.</b> See {@link cn.xuchang.ems.map.routing.RoadProfile} (car obeys
 * OSM turn restrictions, emergency ignores them and is faster on main roads; both keep car access
 * and one-ways) and {@link cn.xuchang.ems.map.routing.Barriers} (hazard zones and closed roads
 * become impassable edges for one query).
 *
 * <p><b>Threads.</b> Everything here blocks and must run off the UI thread; the network is safe to
 * query from several threads at once.
 */
package cn.xuchang.ems.map.routing;
