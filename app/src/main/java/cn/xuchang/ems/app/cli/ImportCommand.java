package cn.xuchang.ems.app.cli;

import cn.xuchang.ems.data.crs.CrsRegistry;
import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.data.io.ImportProgress;
import cn.xuchang.ems.data.io.ImportReport;
import cn.xuchang.ems.data.io.ImportRequest;
import cn.xuchang.ems.data.io.ReadOptions;
import cn.xuchang.ems.data.io.ResourceImport;
import cn.xuchang.ems.data.io.TextEncoding;
import cn.xuchang.ems.data.io.mapping.MappingMemory;
import cn.xuchang.ems.data.io.validation.ImportIssue;
import cn.xuchang.ems.data.workspace.Workspace;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code xems import FILE --kind KIND ...}: validates every row, then stores all of them in one
 * transaction, or nothing. Prints the validation report; exit code 0 when the import did what was
 * asked, 1 when rows or the file were refused (nothing stored unless --skip-invalid).
 *
 * <p>JSON form (stable): the fields of {@link ImportReport}: {@code file, format, kind, sourceCrs,
 * mapping, rows, accepted, rejected, stored, importId, dryRun, errors[{severity, file, row, field,
 * message, fix}], warnings[...], notes[...], succeeded}.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import a CSV, XLSX, GeoJSON, Shapefile, GeoPackage or KML file into a resource layer.")
public final class ImportCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir = new DataDirOption();

    @Parameters(index = "0", paramLabel = "FILE", description = "the file to import")
    Path file;

    @Option(names = "--kind", required = true, paramLabel = "KIND", description = "resource kind the rows become")
    String kind;

    @Option(names = "--crs", paramLabel = "CRS",
            description = "source CRS: wgs84, cgcs2000, epsg:NNNN, gcj02, bd09, webmercator (default: the file's, else detected)")
    String crs;

    @Option(names = "--encoding", paramLabel = "ENC", description = "text encoding (default: detected; utf-8, gbk, gb18030)")
    String encoding;

    @Option(names = "--sheet", paramLabel = "NAME", description = "worksheet of an XLSX file (default: the first)")
    String sheet;

    @Option(names = "--map", paramLabel = "COLUMN=FIELD,...",
            description = "correct the guessed mapping, e.g. --map 经度=lon,纬度=lat,单位=name (field 'ignore' drops a column)")
    String map;

    @Option(names = "--skip-invalid", description = "store the valid rows even when some are refused")
    boolean skipInvalid;

    @Option(names = "--dry-run", description = "validate and report only; store nothing")
    boolean dryRun;

    @Option(names = "--accept-offset",
            description = "import lon/lat as declared even when it looks like GCJ-02/BD-09 web-map coordinates")
    boolean acceptOffset;

    @Option(names = "--json", description = "print the report as JSON")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ResourceKind k = ResourceKind.parse(kind);
        ReadOptions read = new ReadOptions(Optional.ofNullable(encoding).map(TextEncoding::parse), Optional.ofNullable(sheet));
        ImportRequest req = new ImportRequest(file.toAbsolutePath(), k, Optional.ofNullable(crs).map(CrsRegistry::parse), read,
                map, skipInvalid, dryRun, acceptOffset, System.getProperty("user.name", "xems"));
        ImportReport report;
        try (Workspace ws = dataDir.open()) {
            ResourceImport importer = new ResourceImport(ws.store(), Optional.of(new MappingMemory(ws.dataDir())),
                    Clock.systemUTC());
            report = importer.run(req, ImportProgress.NONE);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
        } else {
            print(out, report);
        }
        out.flush();
        return report.succeeded() ? 0 : CliErrorHandler.EXIT_FAILURE;
    }

    static void print(PrintWriter out, ImportReport r) {
        out.printf("%s (%s) -> %s: %d rows, %d accepted, %d refused%n", r.file(), r.format(), r.kind(), r.rows(),
                r.accepted(), r.rejected());
        if (!r.mapping().isEmpty()) {
            out.println("mapping: " + r.mapping());
        }
        r.notes().forEach(n -> out.println("note: " + n));
        for (ImportIssue w : r.warnings()) {
            out.println("warning: " + w.describe());
        }
        for (ImportIssue e : r.errors()) {
            out.println("refused: " + e.describe());
        }
        if (r.dryRun()) {
            out.println(r.succeeded() ? "dry run: the import would succeed; nothing was stored"
                    : "dry run: the import would be refused; nothing was stored");
        } else if (r.stored() > 0) {
            out.printf("stored %d %s as import %s (undo with: xems undo-import %s)%n", r.stored(), r.kind(), r.importId(),
                    r.importId());
        } else {
            out.println("nothing was stored: fix the refused rows, or re-run with --skip-invalid to store the valid ones");
        }
    }
}
