package cn.xuchang.ems.data.io.validation;

import cn.xuchang.ems.data.crs.Crs;
import cn.xuchang.ems.data.crs.CrsDetector;
import cn.xuchang.ems.data.crs.CrsGuess;
import cn.xuchang.ems.data.crs.GeographicCrs;
import cn.xuchang.ems.data.crs.GeometryReprojection;
import cn.xuchang.ems.data.domain.County;
import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.data.domain.Provenance;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.ResourceDetails;
import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.data.io.ResourceAttributes;
import cn.xuchang.ems.data.io.SourceDataset;
import cn.xuchang.ems.data.io.SourceFeature;
import cn.xuchang.ems.data.io.mapping.FieldMapping;
import cn.xuchang.ems.data.io.mapping.TargetField;
import cn.xuchang.ems.data.io.validation.ImportIssue.Severity;
import java.lang.reflect.RecordComponent;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.operation.valid.IsValidOp;

/**
 * Checks every row of a source and turns the good ones into {@link Resource}s: coordinates
 * (parsed, in a declared or detected CRS, axis order, inside Xuchang), geometry validity (a
 * self-intersecting polygon is repaired with a note, one that cannot be repaired is refused), name,
 * kind, id (well-formed, unique in the file, not already stored) and the typed attributes. Nothing
 * is stored here. Not thread-safe; one instance per import.
 */
public final class ImportValidator {
    private static final int SAMPLE_LIMIT = 500;
    private static final GeometryFactory GF = new GeometryFactory();

    private final ResourceKind kind;
    private final FieldMapping mapping;
    private final Optional<Crs> userCrs;
    private final boolean acceptOffset;
    private final ImportContext context;
    private final String lonColumn;
    private final String latColumn;
    private final String xColumn;
    private final String yColumn;
    private final String wktColumn;

    /**
     * @param userCrs      the CRS the user declared (--crs), overriding the file's own declaration
     * @param acceptOffset import lon/lat as declared even when it looks like GCJ-02/BD-09
     */
    public ImportValidator(ResourceKind kind, FieldMapping mapping, Optional<Crs> userCrs, boolean acceptOffset,
                           ImportContext context) {
        this.kind = kind;
        this.mapping = mapping;
        this.userCrs = userCrs;
        this.acceptOffset = acceptOffset;
        this.context = context;
        this.lonColumn = mapping.columnFor(TargetField.LON).orElse(null);
        this.latColumn = mapping.columnFor(TargetField.LAT).orElse(null);
        this.xColumn = mapping.columnFor(TargetField.X).orElse(null);
        this.yColumn = mapping.columnFor(TargetField.Y).orElse(null);
        this.wktColumn = mapping.columnFor(TargetField.WKT).orElse(null);
    }

    /** Validates the whole source; {@code progress} is told the number of rows done. */
    public ValidationResult validate(SourceDataset ds, IntConsumer progress) {
        String file = ds.file().getFileName().toString();
        List<ImportIssue> errors = new ArrayList<>();
        List<ImportIssue> warnings = new ArrayList<>();
        List<String> notes = new ArrayList<>(ds.notes());
        boolean hasGeometry = ds.features().stream().anyMatch(f -> f.geometry() != null);

        if (ds.features().isEmpty()) {
            errors.add(fileError(file, "", "the file holds no rows or features", "check that you chose the right file and sheet"));
            return new ValidationResult(null, List.of(), 0, errors, warnings, notes);
        }
        if (!mapping.has(ResourceAttributes.NAME)) {
            errors.add(fileError(file, ResourceAttributes.NAME, "no column is mapped to the name (columns: "
                    + String.join(", ", ds.columns()) + ")", "map one with --map COLUMN=name"));
        }
        boolean lonLat = mapping.has(TargetField.LON) && mapping.has(TargetField.LAT);
        boolean xy = mapping.has(TargetField.X) && mapping.has(TargetField.Y);
        boolean wkt = mapping.has(TargetField.WKT);
        if (!hasGeometry && !lonLat && !xy && !wkt) {
            errors.add(fileError(file, "", "no coordinate columns found (columns: " + String.join(", ", ds.columns()) + ")",
                    "map them with --map 经度=lon,纬度=lat (or X=x,Y=y for metres, or a WKT column with =wkt)"));
        }
        if (!errors.isEmpty()) {
            return new ValidationResult(null, List.of(), 0, errors, warnings, notes);
        }

        // Raw (file-order) coordinates of every row, and a sample for CRS detection.
        int n = ds.features().size();
        Object[] raw = new Object[n];
        List<double[]> samples = new ArrayList<>();
        int step = Math.max(1, n / SAMPLE_LIMIT);
        for (int i = 0; i < n; i++) {
            SourceFeature f = ds.features().get(i);
            raw[i] = rawGeometry(f, hasGeometry, lonLat);
            if (i % step == 0 && raw[i] instanceof Geometry g && !g.isEmpty()) {
                Coordinate c = g.getCoordinate();
                samples.add(new double[] {c.x, c.y});
            }
        }
        CrsGuess crs;
        try {
            if (userCrs.isPresent()) {
                crs = CrsDetector.check(userCrs.get(), samples, "--crs");
            } else if (ds.declaredCrs().isPresent()) {
                crs = CrsDetector.check(ds.declaredCrs().get(), samples, "the file");
            } else {
                crs = CrsDetector.detect(samples);
            }
        } catch (IllegalArgumentException e) {
            errors.add(fileError(file, "", e.getMessage(), ""));
            return new ValidationResult(null, List.of(), 0, errors, warnings, notes);
        }
        notes.add("coordinate system: " + crs.crs().id() + " (" + crs.reason() + ")");

        if (crs.crs() instanceof GeographicCrs && !acceptOffset) {
            List<Map.Entry<String, LonLat>> named = new ArrayList<>();
            String nameColumn = mapping.columnFor(ResourceAttributes.NAME).orElseThrow();
            for (int i = 0; i < n; i++) {
                Object name = ds.features().get(i).attributes().get(nameColumn);
                if (raw[i] instanceof Geometry g && !g.isEmpty() && name != null) {
                    Coordinate c = g.getCoordinate();
                    if (Math.abs(c.x) <= 180 && Math.abs(c.y) <= 90) {
                        named.add(new AbstractMap.SimpleEntry<>(name.toString().trim(), new LonLat(c.x, c.y)));
                    }
                }
            }
            Optional<OffsetCheck.Suspicion> s = OffsetCheck.check(named, context.knownPositionsByName());
            if (s.isPresent()) {
                String label = s.get().datum().label();
                errors.add(fileError(file, "", String.format(Locale.ROOT, "the coordinates look like %s, not %s: %d of %d "
                                + "features that share a name with stored features lie about %.0f m from them, exactly "
                                + "where the %s offset puts them", label, crs.crs().id(), s.get().votes(), s.get().matched(),
                                s.get().typicalOffsetM(), label),
                        "if the data comes from " + (label.equals("GCJ-02") ? "AMap or Tencent, re-run with --crs gcj02"
                                : "Baidu, re-run with --crs bd09")
                                + "; if you are sure it is " + crs.crs().id() + ", re-run with --accept-offset"));
                return new ValidationResult(crs, List.of(), 0, errors, warnings, notes);
            }
        }

        noteDefaults(notes);
        List<Resource> accepted = new ArrayList<>(n);
        Map<UUID, Integer> idRows = new HashMap<>();
        int rejected = 0;
        for (int i = 0; i < n; i++) {
            SourceFeature f = ds.features().get(i);
            List<ImportIssue> rowErrors = new ArrayList<>();
            Resource r = validateRow(file, f, raw[i], crs, idRows, rowErrors, warnings);
            if (r != null && rowErrors.isEmpty()) {
                accepted.add(r);
            } else {
                rejected++;
                errors.addAll(rowErrors);
            }
            if ((i & 1023) == 1023) {
                progress.accept(i + 1);
            }
        }
        progress.accept(n);
        return new ValidationResult(crs, accepted, rejected, errors, warnings, notes);
    }

    /** A Geometry in source units, or a String describing why there is none. */
    private Object rawGeometry(SourceFeature f, boolean hasGeometry, boolean lonLat) {
        if (hasGeometry) {
            return f.geometry() != null ? f.geometry() : "the feature has no geometry";
        }
        if (wktColumn != null) {
            Object w = f.attributes().get(wktColumn);
            if (w != null && !w.toString().isBlank()) {
                try {
                    return new WKTReader(GF).read(w.toString());
                } catch (ParseException e) {
                    return "column '" + wktColumn + "' is not valid WKT: " + e.getMessage();
                }
            }
            if (!lonLat && xColumn == null) {
                return "column '" + wktColumn + "' is empty";
            }
        }
        String cx = lonLat ? lonColumn : xColumn;
        String cy = lonLat ? latColumn : yColumn;
        Object vx = f.attributes().get(cx);
        Object vy = f.attributes().get(cy);
        try {
            double x = coordinate(vx, cx);
            double y = coordinate(vy, cy);
            return GF.createPoint(new Coordinate(x, y));
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private static double coordinate(Object v, String column) {
        if (v == null || v.toString().isBlank()) {
            throw new IllegalArgumentException("column '" + column + "' is empty");
        }
        try {
            return ValueParser.parseDouble(v);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("column '" + column + "' holds '" + v + "', which is not a number");
        }
    }

    private Resource validateRow(String file, SourceFeature f, Object rawGeometry, CrsGuess crs, Map<UUID, Integer> idRows,
                                 List<ImportIssue> rowErrors, List<ImportIssue> warnings) {
        int row = f.number();
        if (f.problem() != null) {
            rowErrors.add(new ImportIssue(Severity.ERROR, file, row, "", f.problem(), ""));
            return null;
        }
        Map<String, Object> values = new HashMap<>(mapping.fieldByColumn().size() * 2);
        mapping.fieldByColumn().forEach((column, field) -> values.put(field, f.attributes().get(column)));

        Geometry geometry = null;
        if (rawGeometry instanceof String problem) {
            rowErrors.add(new ImportIssue(Severity.ERROR, file, row, "coordinates", problem,
                    "fill in the coordinates as numbers (decimal degrees or metres)"));
        } else {
            geometry = toStorage(file, row, (Geometry) rawGeometry, crs, rowErrors, warnings);
        }

        String name = text(values.get(ResourceAttributes.NAME));
        if (name.isEmpty()) {
            rowErrors.add(new ImportIssue(Severity.ERROR, file, row, ResourceAttributes.NAME, "the name is empty",
                    "every resource needs a name: fill it in or drop the row"));
        }
        String kindText = text(values.get(ResourceAttributes.KIND));
        if (!kindText.isEmpty() && !matchesKind(kindText)) {
            rowErrors.add(new ImportIssue(Severity.ERROR, file, row, ResourceAttributes.KIND, "the row is a '" + kindText
                    + "' but this import is for " + kind.code(), "split the file by kind, or import it with --kind "
                    + ResourceKind.fromCode(kindText).map(ResourceKind::code).orElse("KIND")));
        }
        UUID id = UUID.randomUUID();
        String idText = text(values.get(ResourceAttributes.ID));
        if (!idText.isEmpty()) {
            try {
                id = UUID.fromString(idText);
                Integer first = idRows.putIfAbsent(id, row);
                if (first != null) {
                    rowErrors.add(new ImportIssue(Severity.ERROR, file, row, ResourceAttributes.ID, "id " + id
                            + " was already used in row " + first, "give each row its own id, or clear the id column"));
                } else if (context.existingIds().contains(id)) {
                    rowErrors.add(new ImportIssue(Severity.ERROR, file, row, ResourceAttributes.ID, "id " + id
                            + " is already in the database", "to add the row as a new resource clear its id; to change "
                            + "the stored one, edit it in the attribute table"));
                }
            } catch (IllegalArgumentException e) {
                rowErrors.add(new ImportIssue(Severity.ERROR, file, row, ResourceAttributes.ID, "'" + idText
                        + "' is not a UUID", "clear the id column (new ids are made) or map another column with --map"));
            }
        }
        boolean sample = false;
        if (values.get(ResourceAttributes.SAMPLE) != null && !text(values.get(ResourceAttributes.SAMPLE)).isEmpty()) {
            try {
                sample = ValueParser.parseBoolean(values.get(ResourceAttributes.SAMPLE));
            } catch (IllegalArgumentException e) {
                rowErrors.add(new ImportIssue(Severity.ERROR, file, row, ResourceAttributes.SAMPLE, e.getMessage(), "write 是 or 否"));
            }
        }
        DetailsBinder.Result bound = DetailsBinder.bind(kind, values::get);
        for (DetailsBinder.FieldError e : bound.errors()) {
            String column = e.field().isEmpty() ? "" : mapping.columnFor(e.field()).map(c -> c.equals(e.field()) ? c
                    : c + " → " + e.field()).orElse(e.field());
            rowErrors.add(new ImportIssue(Severity.ERROR, file, row, column, e.message(), e.fix()));
        }
        if (!rowErrors.isEmpty() || geometry == null) {
            return null;
        }
        Point location = geometry instanceof Point p ? p : geometry.getInteriorPoint();
        String county = countyOf(file, row, location, text(values.get(ResourceAttributes.COUNTY_CODE)), warnings);
        ResourceDetails details = bound.details();
        Provenance provenance = Provenance.created(context.user(), context.now(), file, crs.crs().id());
        try {
            return new Resource(id, kind, name, new LonLat(location.getX(), location.getY()), geometry, county, sample,
                    provenance, details);
        } catch (IllegalArgumentException e) {
            rowErrors.add(new ImportIssue(Severity.ERROR, file, row, "", e.getMessage(), ""));
            return null;
        }
    }

    private Geometry toStorage(String file, int row, Geometry source, CrsGuess crs, List<ImportIssue> rowErrors,
                               List<ImportIssue> warnings) {
        if (source.isEmpty()) {
            rowErrors.add(new ImportIssue(Severity.ERROR, file, row, "geometry", "the geometry is empty",
                    "draw or fill in the feature's position"));
            return null;
        }
        Geometry g = source;
        if (crs.axesSwapped()) {
            g = swapAxes(g);
        }
        Coordinate first = g.getCoordinate();
        if (crs.crs().geographic() && !CrsDetector.insideXuchang(first.x, first.y)
                && CrsDetector.insideXuchang(first.y, first.x)) {
            rowErrors.add(new ImportIssue(Severity.ERROR, file, row, "coordinates", String.format(Locale.ROOT,
                    "longitude and latitude look swapped: (%.6f, %.6f) is in Xuchang only when read the other way round",
                    first.x, first.y), "swap the two columns in the file, or map them the other way with "
                    + "--map " + mapping.columnFor(TargetField.LON).orElse("LONCOLUMN") + "=lat,"
                    + mapping.columnFor(TargetField.LAT).orElse("LATCOLUMN") + "=lon"));
            return null;
        }
        if (crs.crs().geographic() && (Math.abs(first.x) > 180 || Math.abs(first.y) > 90)) {
            rowErrors.add(new ImportIssue(Severity.ERROR, file, row, "coordinates", String.format(Locale.ROOT,
                    "(%s, %s) is out of range for longitude/latitude", first.x, first.y),
                    "longitude must be within ±180 and latitude within ±90 degrees"));
            return null;
        }
        Geometry stored;
        try {
            stored = GeometryReprojection.toCgcs2000(g, crs.crs());
        } catch (RuntimeException e) {
            rowErrors.add(new ImportIssue(Severity.ERROR, file, row, "coordinates", "cannot convert from " + crs.crs().id()
                    + ": " + e.getMessage(), "check the coordinates and the declared --crs"));
            return null;
        }
        Coordinate c = stored.getCoordinate();
        if (!Double.isFinite(c.x) || !Double.isFinite(c.y) || Math.abs(c.x) > 180 || Math.abs(c.y) > 90) {
            rowErrors.add(new ImportIssue(Severity.ERROR, file, row, "coordinates", "the coordinates do not convert to a "
                    + "valid position from " + crs.crs().id(), "check the coordinates and the declared --crs"));
            return null;
        }
        if (!CrsDetector.insideXuchang(c.x, c.y)) {
            warnings.add(new ImportIssue(Severity.WARNING, file, row, "coordinates", String.format(Locale.ROOT,
                    "(%.6f, %.6f) lies outside Xuchang", c.x, c.y), "check the position if the feature should be in Xuchang"));
        }
        if (stored instanceof Polygonal || stored.getDimension() == 2) {
            IsValidOp op = new IsValidOp(stored);
            if (!op.isValid()) {
                Geometry fixed = GeometryFixer.fix(stored);
                if (fixed.isEmpty() || !fixed.isValid() || fixed.getDimension() != 2) {
                    rowErrors.add(new ImportIssue(Severity.ERROR, file, row, "geometry", "invalid polygon ("
                            + op.getValidationError().getMessage() + ") that cannot be repaired",
                            "redraw the polygon so that its boundary does not cross itself"));
                    return null;
                }
                warnings.add(new ImportIssue(Severity.WARNING, file, row, "geometry", "invalid polygon ("
                        + op.getValidationError().getMessage() + " near " + format(op.getValidationError().getCoordinate())
                        + ") was repaired", "check the repaired outline on the map"));
                stored = fixed;
            }
        }
        return stored;
    }

    private String countyOf(String file, int row, Point location, String given, List<ImportIssue> warnings) {
        if (!context.counties().isEmpty()) {
            String found = context.countyAt(location);
            if (!given.isEmpty() && !found.isEmpty() && !given.equals(found)) {
                warnings.add(new ImportIssue(Severity.WARNING, file, row, ResourceAttributes.COUNTY_CODE, "county code "
                        + given + " does not match the position, which lies in " + found + "; " + found + " is stored",
                        "check the position or the county code"));
            }
            return found;
        }
        if (!given.isEmpty() && County.fromCode(given).isEmpty()) {
            warnings.add(new ImportIssue(Severity.WARNING, file, row, ResourceAttributes.COUNTY_CODE, "'" + given
                    + "' is not one of Xuchang's six county codes; stored without county",
                    "use 411002, 411023, 411024, 411025, 411081 or 411082"));
            return "";
        }
        return given;
    }

    private void noteDefaults(List<String> notes) {
        for (RecordComponent rc : kind.detailsType().getRecordComponents()) {
            String field = ResourceAttributes.snakeCase(rc.getName());
            if (!mapping.has(field)) {
                Object d = DetailsBinder.defaultValue(kind, rc);
                notes.add("no column for '" + field + "': " + (d == null ? "required, every row will be refused"
                        : "every row gets the default " + (d.toString().isEmpty() ? "(empty)" : d)));
            }
        }
    }

    private boolean matchesKind(String text) {
        if (ResourceKind.fromCode(text).map(k -> k == kind).orElse(false)) {
            return true;
        }
        return switch (kind) {
            case HAZARD_SOURCE -> text.contains("危险源");
            case ENTERPRISE -> text.contains("企业");
            case SHELTER -> text.contains("避难");
            case RESCUE_TEAM -> text.contains("队");
            case SUPPLY_DEPOT -> text.contains("物资") || text.contains("储备");
            case RESCUE_BASE -> text.contains("基地");
            case CAMERA -> text.contains("监控") || text.contains("摄像");
            case SCHOOL -> text.contains("学") && !text.contains("幼");
            case KINDERGARTEN -> text.contains("幼");
        };
    }

    private static Geometry swapAxes(Geometry g) {
        Geometry copy = g.copy();
        copy.apply((org.locationtech.jts.geom.CoordinateFilter) c -> {
            double t = c.x;
            c.x = c.y;
            c.y = t;
        });
        copy.geometryChanged();
        return copy;
    }

    private static ImportIssue fileError(String file, String field, String message, String fix) {
        return new ImportIssue(Severity.ERROR, file, 0, field, message, fix);
    }

    private static String format(Coordinate c) {
        return c == null ? "?" : String.format(Locale.ROOT, "%.6f %.6f", c.x, c.y);
    }

    private static String text(Object v) {
        if (v instanceof Double d && d == Math.rint(d)) {
            return Long.toString(d.longValue());
        }
        return v == null ? "" : v.toString().trim();
    }
}
