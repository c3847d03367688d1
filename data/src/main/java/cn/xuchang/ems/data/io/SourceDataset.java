package cn.xuchang.ems.data.io;

import cn.xuchang.ems.data.crs.Crs;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a reader found in a source file.
 *
 * @param file        the file read
 * @param format      format name for reports ("CSV", "Shapefile"...)
 * @param columns     attribute column names in file order
 * @param features    rows/features in file order
 * @param declaredCrs the CRS the file declares (.prj, GeoPackage srs, GeoJSON crs), if any
 * @param charset     text encoding used, when the format has a choice
 * @param notes       facts worth telling the user (encoding detected, sheet chosen)
 */
public record SourceDataset(Path file, String format, List<String> columns, List<SourceFeature> features,
                            Optional<Crs> declaredCrs, Optional<Charset> charset, List<String> notes) {
    public SourceDataset {
        columns = List.copyOf(columns);
        features = List.copyOf(features);
        notes = List.copyOf(notes);
    }
}
