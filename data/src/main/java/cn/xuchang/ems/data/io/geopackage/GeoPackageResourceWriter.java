package cn.xuchang.ems.data.io.geopackage;

import cn.xuchang.ems.data.crs.Crs;
import cn.xuchang.ems.data.crs.CrsRegistry;
import cn.xuchang.ems.data.crs.GeometryReprojection;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.data.io.Column;
import cn.xuchang.ems.data.io.ExportOptions;
import cn.xuchang.ems.data.io.FeatureWriter;
import cn.xuchang.ems.data.io.ResourceAttributes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mil.nga.geopackage.BoundingBox;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import mil.nga.geopackage.srs.SpatialReferenceSystemDao;
import mil.nga.sf.GeometryType;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;

/**
 * Writes one feature table named after the kind into a new GeoPackage (NGA library), with typed
 * columns (INTEGER, REAL, BOOLEAN, DATETIME, TEXT; lists as JSON text) and the target CRS's row in
 * {@code gpkg_spatial_ref_sys}, inserted here because the library cannot make EPSG:4490 itself.
 * Offset systems (GCJ-02, BD-09) have no definition a GeoPackage could carry and are refused.
 */
public final class GeoPackageResourceWriter implements FeatureWriter {
    static final String GEOMETRY_COLUMN = "geom";
    static final String FID = "fid";
    /** GeoPackage DATETIME text: ISO-8601 UTC with milliseconds (GDAL warns on other forms). */
    private static final java.time.format.DateTimeFormatter GPKG_DATETIME = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(java.time.ZoneOffset.UTC);

    @Override
    public void write(List<Resource> resources, ResourceKind kind, Path out, ExportOptions options) throws IOException {
        Crs crs = options.crs();
        String definition = CrsRegistry.ogcWkt(crs).orElseThrow(() -> new IllegalArgumentException(crs.id()
                + " has no definition a GeoPackage can carry; export in cgcs2000, wgs84 or an EPSG projection"));
        int srsId = crs.epsg().getAsInt();
        Files.deleteIfExists(out);
        GeoPackageManager.create(out.toFile());
        List<Geometry> geometries = new ArrayList<>(resources.size());
        Envelope box = new Envelope();
        for (Resource r : resources) {
            Geometry g = GeometryReprojection.fromCgcs2000(r.geometry(), crs);
            geometries.add(g);
            box.expandToInclude(g.getEnvelopeInternal());
        }
        try (GeoPackage gp = GeoPackageManager.open(out.toFile())) {
            ensureSrs(gp, srsId, crs, definition);
            GeometryColumns gc = new GeometryColumns();
            gc.setTableName(kind.code());
            gc.setColumnName(GEOMETRY_COLUMN);
            gc.setGeometryType(geometryType(geometries));
            gc.setZ((byte) 0);
            gc.setM((byte) 0);
            gc.setSrsId(srsId);
            List<Column> columns = ResourceAttributes.columns(kind);
            List<FeatureColumn> featureColumns = new ArrayList<>();
            for (Column c : columns) {
                featureColumns.add(FeatureColumn.createColumn(c.name(), switch (c.type()) {
                    case INTEGER -> GeoPackageDataType.INTEGER;
                    case REAL -> GeoPackageDataType.DOUBLE;
                    case BOOLEAN -> GeoPackageDataType.BOOLEAN;
                    case DATETIME -> GeoPackageDataType.DATETIME;
                    default -> GeoPackageDataType.TEXT;
                }));
            }
            BoundingBox bbox = box.isNull() ? new BoundingBox() : new BoundingBox(box.getMinX(), box.getMinY(),
                    box.getMaxX(), box.getMaxY());
            gp.createFeatureTable(FeatureTableMetadata.create(gc, FID, featureColumns, bbox));
            FeatureDao dao = gp.getFeatureDao(kind.code());
            WKBWriter wkb = new WKBWriter();
            gp.beginTransaction();
            boolean ok = false;
            try {
                for (int i = 0; i < resources.size(); i++) {
                    FeatureRow row = dao.newRow();
                    row.setGeometry(GeoPackageGeometryData.createFromWkbAndBuildEnvelope(srsId, wkb.write(geometries.get(i))));
                    Map<String, Object> values = ResourceAttributes.flatten(resources.get(i));
                    for (Column c : columns) {
                        Object v = values.get(c.name());
                        row.setValue(c.name(), switch (c.type()) {
                            case JSON -> ResourceAttributes.asText(v);
                            case DATETIME -> v == null ? null : GPKG_DATETIME.format((Instant) v);
                            default -> v;
                        });
                    }
                    dao.create(row);
                }
                ok = true;
            } finally {
                gp.endTransaction(ok);
            }
        }
    }

    private static void ensureSrs(GeoPackage gp, int srsId, Crs crs, String definition) throws IOException {
        try {
            SpatialReferenceSystemDao dao = gp.getSpatialReferenceSystemDao();
            if (dao.queryForId((long) srsId) != null) {
                return;
            }
            SpatialReferenceSystem srs = new SpatialReferenceSystem();
            srs.setSrsId(srsId);
            srs.setSrsName(definition.substring(definition.indexOf('"') + 1, definition.indexOf('"', definition.indexOf('"') + 1)));
            srs.setOrganization("EPSG");
            srs.setOrganizationCoordsysId(srsId);
            srs.setDefinition(definition);
            srs.setDescription(crs.description());
            dao.create(srs);
        } catch (SQLException e) {
            throw new IOException("cannot record " + crs.id() + " in the GeoPackage", e);
        }
    }

    private static GeometryType geometryType(List<Geometry> geometries) {
        String type = null;
        for (Geometry g : geometries) {
            if (type == null) {
                type = g.getGeometryType();
            } else if (!type.equals(g.getGeometryType())) {
                return GeometryType.GEOMETRY;
            }
        }
        return type == null ? GeometryType.POINT : GeometryType.fromName(type.toUpperCase(java.util.Locale.ROOT));
    }
}
