/**
 * The map's metric frame: {@link cn.xuchang.ems.map.projection.Viewport} (screen ↔ EPSG:4547 metres,
 * zoom at the cursor, pan, fit) and {@link cn.xuchang.ems.map.projection.MapProjection} (lon/lat
 * geometries projected once to EPSG:4547).
 */
package cn.xuchang.ems.map.projection;
