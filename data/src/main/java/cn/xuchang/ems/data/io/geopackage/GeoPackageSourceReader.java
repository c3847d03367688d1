package cn.xuchang.ems.data.io.geopackage;

import cn.xuchang.ems.data.crs.Crs;
import cn.xuchang.ems.data.crs.CrsRegistry;
import cn.xuchang.ems.data.io.FeatureReader;
import cn.xuchang.ems.data.io.ReadOptions;
import cn.xuchang.ems.data.io.SourceDataset;
import cn.xuchang.ems.data.io.SourceFeature;
import cn.xuchang.ems.data.io.SourceFormatException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureResultSet;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/**
 * Reads one feature table of a GeoPackage (NGA library): the only one, or the one named with
 * {@code --sheet}. The CRS comes from the table's {@code gpkg_spatial_ref_sys} row (EPSG code, else
 * its WKT).
 */
public final class GeoPackageSourceReader implements FeatureReader {

    @Override
    public SourceDataset read(Path file, ReadOptions options) throws IOException {
        GeoPackage gp;
        try {
            gp = GeoPackageManager.open(file.toFile(), false);
        } catch (RuntimeException e) {
            throw new SourceFormatException(file, "is not a readable GeoPackage (" + e.getMessage() + ")", e);
        }
        try (gp) {
            List<String> tables = gp.getFeatureTables();
            if (tables.isEmpty()) {
                throw new SourceFormatException(file, "the GeoPackage has no feature table");
            }
            String table;
            if (options.sheet().isPresent()) {
                table = options.sheet().get();
                if (!tables.contains(table)) {
                    throw new SourceFormatException(file, "has no feature table '" + table + "'; its tables are "
                            + String.join(", ", tables));
                }
            } else if (tables.size() == 1) {
                table = tables.get(0);
            } else {
                throw new SourceFormatException(file, "holds several feature tables (" + String.join(", ", tables)
                        + "); choose one with --sheet NAME");
            }
            FeatureDao dao = gp.getFeatureDao(table);
            Optional<Crs> crs = crsOf(file, dao.getSrs());
            String geometryColumn = dao.getGeometryColumnName();
            String pk = dao.getPkColumnName();
            List<String> columns = new ArrayList<>();
            for (String c : dao.getColumnNames()) {
                if (!c.equals(geometryColumn) && !c.equals(pk)) {
                    columns.add(c);
                }
            }
            List<SourceFeature> features = new ArrayList<>();
            WKBReader wkb = new WKBReader();
            int number = 0;
            FeatureResultSet rs = dao.queryForAll();
            try {
                while (rs.moveToNext()) {
                    number++;
                    FeatureRow row = rs.getRow();
                    Map<String, Object> values = new LinkedHashMap<>();
                    for (String c : columns) {
                        values.put(c, row.getValue(c));
                    }
                    GeoPackageGeometryData data = row.getGeometry();
                    Geometry g = null;
                    String problem = null;
                    if (data == null || data.isEmpty() || data.getWkb() == null) {
                        problem = "the feature has no geometry";
                    } else {
                        try {
                            g = wkb.read(data.getWkb());
                        } catch (ParseException e) {
                            problem = "the geometry cannot be read (" + e.getMessage() + ")";
                        }
                    }
                    features.add(new SourceFeature(number, values, g, problem));
                }
            } finally {
                rs.close();
            }
            return new SourceDataset(file, "GeoPackage", columns, features, crs, Optional.empty(),
                    List.of("table: " + table));
        }
    }

    private static Optional<Crs> crsOf(Path file, SpatialReferenceSystem srs) {
        if (srs == null || srs.getSrsId() <= 0) {
            return Optional.empty();
        }
        try {
            if ("EPSG".equalsIgnoreCase(srs.getOrganization())) {
                return Optional.of(CrsRegistry.parse("epsg:" + srs.getOrganizationCoordsysId()));
            }
            return Optional.of(CrsRegistry.fromWkt(srs.getDefinition()));
        } catch (IllegalArgumentException e) {
            throw new SourceFormatException(file, "its coordinate system (" + srs.getSrsName() + "): " + e.getMessage(), e);
        }
    }
}
