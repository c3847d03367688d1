package cn.xuchang.ems.app.cli;

import cn.xuchang.ems.data.domain.BaseLayer;
import cn.xuchang.ems.data.io.BaseLayerImport;
import cn.xuchang.ems.data.io.ReadOptions;
import cn.xuchang.ems.data.io.TextEncoding;
import cn.xuchang.ems.data.json.DomainJson;
import cn.xuchang.ems.data.workspace.Workspace;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code xems import-base-layer FILE --layer road|water|river|county|place}: the office's own
 * base-map layer replaces that layer of the map.
 *
 * <p>JSON (stable): {@code {"layer", "features", "source_crs", "dry_run", "notes": [...]}}.
 */
@Command(name = "import-base-layer", mixinStandardHelpOptions = true,
        description = "Import an office base-map layer (boundaries, roads, water, rivers, places); replaces that layer.")
public final class ImportBaseLayerCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir = new DataDirOption();

    @Parameters(index = "0", paramLabel = "FILE", description = "Shapefile, GeoPackage, GeoJSON or KML")
    Path file;

    @Option(names = "--layer", required = true, paramLabel = "LAYER",
            description = "county (boundaries), road, water, river or place")
    String layer;

    @Option(names = "--crs", paramLabel = "CRS", description = "source system (default: the file's own, else detected)")
    String crs;

    @Option(names = "--encoding", paramLabel = "ENC", description = "text encoding of the attributes (default: detected)")
    String encoding;

    @Option(names = "--name-field", paramLabel = "COLUMN", description = "column with the names (default: name, 名称 ...)")
    String nameField;

    @Option(names = "--dry-run", description = "check only; store nothing")
    boolean dryRun;

    @Option(names = "--json", description = "print JSON")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        BaseLayer target = parseLayer(layer);
        ReadOptions read = new ReadOptions(Optional.ofNullable(encoding).map(TextEncoding::parse), Optional.empty());
        BaseLayerImport.Result r;
        try (Workspace ws = dataDir.open()) {
            r = BaseLayerImport.run(ws.store(), file.toAbsolutePath(), target, Optional.ofNullable(crs),
                    Optional.ofNullable(nameField), read, System.getProperty("user.name", "xems"), dryRun);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode n = DomainJson.mapper().createObjectNode();
            n.put("layer", r.layer().code());
            n.put("features", r.features());
            n.put("source_crs", r.sourceCrs());
            n.put("dry_run", dryRun);
            r.notes().forEach(n.putArray("notes")::add);
            out.println(DomainJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(n));
        } else {
            r.notes().forEach(note -> out.println("note: " + note));
            out.printf(Locale.ROOT, "%s %d features into the %s layer (from %s)%n", dryRun ? "would import" : "imported",
                    r.features(), r.layer().code(), r.sourceCrs());
        }
        out.flush();
        return 0;
    }

    private static BaseLayer parseLayer(String code) {
        return Arrays.stream(BaseLayer.values()).filter(b -> b.code().equalsIgnoreCase(code.trim())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown base layer '" + code + "'; use one of "
                        + String.join(", ", Arrays.stream(BaseLayer.values()).map(BaseLayer::code).toList())));
    }
}
