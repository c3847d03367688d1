package cn.xuchang.ems.data.io;

import cn.xuchang.ems.data.crs.Crs;
import cn.xuchang.ems.data.crs.CrsDetector;
import cn.xuchang.ems.data.crs.CrsGuess;
import cn.xuchang.ems.data.crs.CrsRegistry;
import cn.xuchang.ems.data.crs.GeometryReprojection;
import cn.xuchang.ems.data.domain.BaseFeature;
import cn.xuchang.ems.data.domain.BaseLayer;
import cn.xuchang.ems.data.domain.Provenance;
import cn.xuchang.ems.data.store.GeometryCodec;
import cn.xuchang.ems.data.store.ResourceStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Lineal;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.Puntal;
import org.locationtech.jts.geom.util.GeometryFixer;

/**
 * Imports one of the office's base-map layers (county boundaries, roads, water bodies, rivers,
 * places) from any readable format, replacing what that layer held. Every feature is checked first
 * (geometry present and of the layer's type, coordinates in a known system); one bad feature
 * refuses the whole file and nothing is stored. The replacement is one store transaction.
 */
public final class BaseLayerImport {
    private static final int CRS_SAMPLES = 200;
    private static final int MAX_LISTED_PROBLEMS = 20;
    private static final List<String> NAME_COLUMNS = List.of("name", "名称", "mc", "name_zh", "名字", "地名");
    private static final List<String> CODE_COLUMNS = List.of("code", "adcode", "代码", "行政代码", "gb", "id");

    /**
     * What an import did.
     *
     * @param features features stored (or that would be, on a dry run)
     * @param sourceCrs the system the coordinates were read in
     * @param notes repairs and detections worth telling the user
     */
    public record Result(BaseLayer layer, int features, String sourceCrs, List<String> notes) {
        public Result {
            notes = List.copyOf(notes);
        }
    }

    private BaseLayerImport() {
    }

    /**
     * Reads {@code file} into {@code layer}.
     *
     * @param crsName    the source system as for {@code xems import --crs}, or empty to use the file's
     *                   declaration or detect it
     * @param nameColumn the column with the feature names, or empty to guess (name, 名称 ...)
     * @param dryRun     check only, store nothing
     * @throws IllegalArgumentException naming the file, the features and the fix when the file cannot be used
     */
    public static Result run(ResourceStore store, Path file, BaseLayer layer, Optional<String> crsName,
                             Optional<String> nameColumn, ReadOptions options, String user, boolean dryRun)
            throws IOException {
        SourceDataset data = SourceFormats.readerFor(file).read(file, options);
        String fileName = file.getFileName().toString();
        List<String> problems = new ArrayList<>();
        for (SourceFeature f : data.features()) {
            if (f.problem() != null) {
                problems.add("feature " + f.number() + ": " + f.problem());
            } else if (f.geometry() == null || f.geometry().isEmpty()) {
                problems.add("feature " + f.number() + ": no geometry; a base layer needs shapes, so use a "
                        + "Shapefile, GeoPackage, GeoJSON or KML");
            } else if (!fits(layer, f.geometry())) {
                problems.add("feature " + f.number() + ": the " + layer.code() + " layer takes " + expected(layer)
                        + ", got " + f.geometry().getGeometryType());
            }
        }
        refuseIf(problems, fileName);
        if (data.features().isEmpty()) {
            throw new IllegalArgumentException(fileName + " holds no features; nothing to import into the "
                    + layer.code() + " layer");
        }
        CrsGuess guess = crs(data, crsName, fileName);
        List<String> notes = new ArrayList<>(data.notes());
        notes.add("coordinates read as " + guess.crs().id() + " (" + guess.reason() + ")");
        String nameCol = column(data, nameColumn, NAME_COLUMNS, "--name-field", fileName);
        String codeCol = column(data, Optional.empty(), CODE_COLUMNS, "", fileName);
        Instant now = Instant.now();
        Provenance provenance = Provenance.created(user, now, fileName, guess.crs().id());
        List<BaseFeature> imported = new ArrayList<>();
        for (SourceFeature f : data.features()) {
            Geometry g = f.geometry().copy();
            if (guess.axesSwapped()) {
                // northing-first sources: (y, x) to (x, y)
                GeometryReprojection.transformInPlace(g, (y, x, out) -> {
                    out[0] = x;
                    out[1] = y;
                });
            }
            g = GeometryReprojection.toCgcs2000(g, guess.crs());
            g = GeometryCodec.FACTORY.createGeometry(g);
            if (!insideTheWorld(g)) {
                problems.add("feature " + f.number() + ": coordinates fall outside lon/lat range after conversion "
                        + "from " + guess.crs().id() + "; declare the right system with --crs");
                continue;
            }
            if (!g.isValid()) {
                Geometry fixed = GeometryFixer.fix(g);
                if (fixed.isEmpty() || !fits(layer, fixed)) {
                    problems.add("feature " + f.number() + ": invalid " + g.getGeometryType()
                            + " that cannot be repaired; fix it in the source (e.g. ogr2ogr -makevalid)");
                    continue;
                }
                notes.add("feature " + f.number() + ": invalid " + g.getGeometryType() + " repaired");
                g = fixed;
            }
            imported.add(new BaseFeature(UUID.randomUUID(), layer, text(f, codeCol), text(f, nameCol), g, null, 0,
                    provenance));
        }
        refuseIf(problems, fileName);
        if (!dryRun) {
            List<BaseFeature> all = new ArrayList<>();
            for (BaseFeature b : store.loadBaseFeatures()) {
                if (b.layer() != layer) {
                    all.add(b);
                }
            }
            all.addAll(imported);
            store.replaceBaseFeatures(all);
        }
        return new Result(layer, imported.size(), guess.crs().id(), notes);
    }

    private static CrsGuess crs(SourceDataset data, Optional<String> crsName, String fileName) {
        List<double[]> samples = new ArrayList<>();
        outer:
        for (SourceFeature f : data.features()) {
            for (Coordinate c : f.geometry().getCoordinates()) {
                samples.add(new double[] {c.x, c.y});
                if (samples.size() >= CRS_SAMPLES) {
                    break outer;
                }
            }
        }
        if (crsName.isPresent()) {
            return CrsDetector.check(CrsRegistry.parse(crsName.get()), samples, "--crs");
        }
        Optional<Crs> declared = data.declaredCrs();
        if (declared.isPresent()) {
            return CrsDetector.check(declared.get(), samples, fileName);
        }
        return CrsDetector.detect(samples);
    }

    private static String column(SourceDataset data, Optional<String> given, List<String> guesses, String option,
                                 String fileName) {
        if (given.isPresent()) {
            String wanted = given.get();
            return data.columns().stream().filter(c -> c.equalsIgnoreCase(wanted)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(fileName + " has no column '" + wanted
                            + "' for " + option + "; its columns are " + data.columns()));
        }
        for (String guess : guesses) {
            for (String c : data.columns()) {
                if (c.trim().toLowerCase(Locale.ROOT).equals(guess)) {
                    return c;
                }
            }
        }
        return null;
    }

    private static String text(SourceFeature f, String column) {
        if (column == null) {
            return "";
        }
        Object v = f.attributes().get(column);
        return v == null ? "" : v.toString().trim();
    }

    private static boolean fits(BaseLayer layer, Geometry g) {
        return switch (layer) {
            case COUNTY, WATER -> g instanceof Polygonal;
            case ROAD, RIVER -> g instanceof Lineal;
            case PLACE -> g instanceof Puntal;
        };
    }

    private static String expected(BaseLayer layer) {
        return switch (layer) {
            case COUNTY, WATER -> "polygons";
            case ROAD, RIVER -> "lines";
            case PLACE -> "points";
        };
    }

    private static boolean insideTheWorld(Geometry g) {
        var e = g.getEnvelopeInternal();
        return e.getMinX() >= -180 && e.getMaxX() <= 180 && e.getMinY() >= -90 && e.getMaxY() <= 90;
    }

    private static void refuseIf(List<String> problems, String fileName) {
        if (problems.isEmpty()) {
            return;
        }
        List<String> listed = problems.subList(0, Math.min(MAX_LISTED_PROBLEMS, problems.size()));
        String more = problems.size() > listed.size() ? "\n  ... and " + (problems.size() - listed.size()) + " more" : "";
        throw new IllegalArgumentException(fileName + ": " + problems.size() + " feature(s) refused, nothing was "
                + "imported:\n  " + String.join("\n  ", listed) + more);
    }
}
