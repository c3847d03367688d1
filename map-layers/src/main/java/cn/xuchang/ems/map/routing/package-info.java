/**
 * Offline road network over GraphHopper core: OSM import into the data folder, travel-time nearest
 * resources (one reverse search), routes, service areas and barriers. Everything here runs off the
 * UI thread; results are immutable records in CGCS2000/WGS84 lon/lat.
 */
package cn.xuchang.ems.map.routing;
