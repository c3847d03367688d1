/**
 * Import and export of resource layers.
 *
 * <p>Export: {@link cn.xuchang.ems.data.io.ResourceExport} writes the columns of
 * {@link cn.xuchang.ems.data.io.ResourceAttributes} (id, kind, name, county, sample flag, every typed
 * attribute, provenance) through one {@link cn.xuchang.ems.data.io.FeatureWriter} per
 * {@link cn.xuchang.ems.data.io.ExportFormat}: GeoJSON, CSV (+ .prj), Shapefile (own .shp/.shx writer,
 * javadbf .dbf, .cpg, .prj), GeoPackage (NGA), KML (JTS), XLSX (POI), in any CRS of
 * {@link cn.xuchang.ems.data.crs.CrsRegistry}.
 *
 * <p>Import: {@link cn.xuchang.ems.data.io.ResourceImport} reads a file with the
 * {@link cn.xuchang.ems.data.io.FeatureReader} chosen by {@link cn.xuchang.ems.data.io.SourceFormats},
 * maps its columns ({@code mapping}: guessed, corrected, remembered), checks every row
 * ({@code validation}: coordinates and CRS, geometry, ids, typed attributes, GCJ-02 suspicion) and
 * only then stores the accepted rows with the import record in ONE store transaction, so an import
 * is all or nothing and can be undone as a whole. Everything an export writes imports back
 * unchanged (see FormatRoundTripTest).
 */
package cn.xuchang.ems.data.io;
