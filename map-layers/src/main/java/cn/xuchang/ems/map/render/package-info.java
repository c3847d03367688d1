/**
 * Rendering off the UI thread into Java2D images (no JavaFX): {@link cn.xuchang.ems.map.render.MapRenderer}
 * (frames, cancellable jobs, hit-tests, legend, overview), level of detail (simplification per
 * zoom level, clustering, sprites, base raster reuse), label placement and map furniture.
 */
package cn.xuchang.ems.map.render;
