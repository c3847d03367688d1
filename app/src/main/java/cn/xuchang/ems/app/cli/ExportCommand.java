package cn.xuchang.ems.app.cli;

import cn.xuchang.ems.data.crs.Crs;
import cn.xuchang.ems.data.crs.CrsRegistry;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.data.io.ExportFormat;
import cn.xuchang.ems.data.io.ExportOptions;
import cn.xuchang.ems.data.io.ResourceExport;
import cn.xuchang.ems.data.io.TextEncoding;
import cn.xuchang.ems.data.workspace.Workspace;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code xems export}: writes one resource layer with every attribute to GeoJSON, CSV, Shapefile,
 * GeoPackage, KML or XLSX, in CGCS2000 lon/lat or the CRS given with {@code --crs}. JSON form
 * (stable): {@code {"kind", "format", "crs", "encoding", "count", "file"}}.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export one resource layer (every attribute, lon/lat in CGCS2000 unless --crs) to a file.")
public final class ExportCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir = new DataDirOption();

    @Option(names = "--kind", required = true, paramLabel = "KIND", description = "resource kind, e.g. camera, school")
    String kind;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "geojson, csv, shp (with .shx/.dbf/.cpg/.prj), gpkg, kml or xlsx")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "file to write (replaced)")
    Path out;

    @Option(names = "--crs", paramLabel = "CRS", defaultValue = "cgcs2000",
            description = "cgcs2000 (default), wgs84, epsg:4547 and other CGCS2000 Gauss-Krüger codes, webmercator, gcj02, bd09")
    String crs;

    @Option(names = "--encoding", paramLabel = "ENC", defaultValue = "utf-8",
            description = "text encoding of CSV and shapefile .dbf: utf-8 (default) or gbk")
    String encoding;

    @Option(names = "--json", description = "print the result as JSON")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ResourceKind k = ResourceKind.parse(kind);
        ExportFormat f = ExportFormat.parse(format);
        Crs target = CrsRegistry.parse(crs);
        Charset charset = TextEncoding.parse(encoding);
        int count;
        try (Workspace ws = dataDir.open()) {
            List<Resource> resources = ws.store().loadByKind(k);
            count = ResourceExport.export(resources, k, f, out, new ExportOptions(target, charset));
        }
        if (json) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("kind", k.code());
            result.put("format", f.code());
            result.put("crs", target.id());
            result.put("encoding", charset.name());
            result.put("count", count);
            result.put("file", out.toAbsolutePath().toString());
            spec.commandLine().getOut().println(new ObjectMapper().writeValueAsString(result));
        } else {
            spec.commandLine().getOut().printf("exported %d %s to %s (%s, %s)%n", count, k.code(), out.toAbsolutePath(),
                    f.code(), target.id());
        }
        spec.commandLine().getOut().flush();
        return 0;
    }
}
