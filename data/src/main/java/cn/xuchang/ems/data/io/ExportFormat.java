package cn.xuchang.ems.data.io;

import cn.xuchang.ems.data.io.csv.CsvResourceWriter;
import cn.xuchang.ems.data.io.geojson.GeoJsonResourceWriter;
import cn.xuchang.ems.data.io.xlsx.XlsxResourceWriter;
import cn.xuchang.ems.data.io.kml.KmlResourceWriter;
import cn.xuchang.ems.data.io.geopackage.GeoPackageResourceWriter;
import cn.xuchang.ems.data.io.shapefile.ShapefileResourceWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/** The file formats resources can be exported to, by the names the CLI takes. */
public enum ExportFormat {
    GEOJSON("geojson", ".geojson", GeoJsonResourceWriter::new),
    CSV("csv", ".csv", CsvResourceWriter::new),
    SHAPEFILE("shp", ".shp", ShapefileResourceWriter::new),
    GEOPACKAGE("gpkg", ".gpkg", GeoPackageResourceWriter::new),
    KML("kml", ".kml", KmlResourceWriter::new),
    XLSX("xlsx", ".xlsx", XlsxResourceWriter::new);

    private final String code;
    private final String extension;
    private final Supplier<FeatureWriter> writer;

    ExportFormat(String code, String extension, Supplier<FeatureWriter> writer) {
        this.code = code;
        this.extension = extension;
        this.writer = writer;
    }

    /** CLI name, e.g. {@code geojson}. */
    public String code() {
        return code;
    }

    /** Usual file extension with the dot. */
    public String extension() {
        return extension;
    }

    /** A fresh writer for this format. */
    public FeatureWriter newWriter() {
        return writer.get();
    }

    /** The format with this CLI name; fails with the list of names. */
    public static ExportFormat parse(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.code.equals(n) || f.extension.equals("." + n)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown export format '" + name + "'; use one of "
                        + String.join(", ", Arrays.stream(values()).map(ExportFormat::code).toList())));
    }
}
