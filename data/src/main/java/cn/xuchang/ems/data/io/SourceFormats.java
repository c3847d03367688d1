package cn.xuchang.ems.data.io;

import cn.xuchang.ems.data.io.csv.CsvSourceReader;
import cn.xuchang.ems.data.io.geojson.GeoJsonSourceReader;
import cn.xuchang.ems.data.io.xlsx.XlsxSourceReader;
import cn.xuchang.ems.data.io.kml.KmlSourceReader;
import cn.xuchang.ems.data.io.geopackage.GeoPackageSourceReader;
import cn.xuchang.ems.data.io.shapefile.ShapefileSourceReader;
import java.nio.file.Path;
import java.util.Locale;

/** Chooses the reader for a source file by its extension. */
public final class SourceFormats {
    private SourceFormats() {
    }

    /** The reader for {@code file}; fails with the list of supported extensions. */
    public static FeatureReader readerFor(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        return switch (ext) {
            case "csv", "txt", "tsv" -> new CsvSourceReader();
            case "geojson", "json" -> new GeoJsonSourceReader();
            case "shp", "dbf" -> new ShapefileSourceReader();
            case "gpkg" -> new GeoPackageSourceReader();
            case "kml" -> new KmlSourceReader();
            case "xlsx", "xlsm" -> new XlsxSourceReader();
            default -> throw new IllegalArgumentException("cannot import '" + file.getFileName() + "': unsupported file type '."
                    + ext + "'; supported: .csv, .xlsx, .geojson/.json, .shp, .gpkg, .kml");
        };
    }
}
