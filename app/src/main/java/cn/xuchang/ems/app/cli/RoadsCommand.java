package cn.xuchang.ems.app.cli;

import cn.xuchang.ems.data.json.DomainJson;
import cn.xuchang.ems.map.routing.RoadNetwork;
import cn.xuchang.ems.map.routing.RoadNetworkImportReport;
import cn.xuchang.ems.map.routing.RoadNetworkImporter;
import cn.xuchang.ems.map.routing.RoadNetworkInfo;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
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
 * {@code xems roads import FILE} and {@code xems roads info}: the offline road network in
 * {@code <data-dir>/roads}.
 *
 * <p>JSON (stable): import → {@code {"source","graph_dir","nodes","edges","graph_bytes","import_ms",
 * "bounds":[minLon,minLat,maxLon,maxLat]}}; info → {@code {"present":bool, "source","imported_at",
 * "nodes","edges","graph_bytes","bounds":[...]}}.
 */
@Command(name = "roads", mixinStandardHelpOptions = true, description = "Import or describe the offline road network.",
        subcommands = {RoadsCommand.Import.class, RoadsCommand.Info.class})
public final class RoadsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return CliErrorHandler.EXIT_BAD_ARGUMENTS;
    }

    /** {@code xems roads import FILE}. */
    @Command(name = "import", mixinStandardHelpOptions = true, description = "Import an OpenStreetMap extract (.osm.pbf, .osm, .osm.gz); replaces the current network only on success.")
    public static final class Import implements Callable<Integer> {
        @Mixin
        DataDirOption dataDir = new DataDirOption();

        @Parameters(index = "0", paramLabel = "FILE", description = "OpenStreetMap extract")
        Path file;

        @Option(names = "--json", description = "print JSON")
        boolean json;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter err = spec.commandLine().getErr();
            PrintWriter out = spec.commandLine().getOut();
            RoadNetworkImportReport r = new RoadNetworkImporter(RoadNetwork.folderIn(dataDir.resolve())).importFile(file,
                    (phase, f) -> {
                        if (!json) {
                            err.printf(Locale.ROOT, "%3.0f%% %s%n", f * 100, phase);
                            err.flush();
                        }
                    }, () -> Thread.currentThread().isInterrupted());
            if (json) {
                ObjectNode n = DomainJson.mapper().createObjectNode();
                n.put("source", r.source().toAbsolutePath().toString());
                n.put("graph_dir", r.graphDir().toString());
                n.put("nodes", r.nodes());
                n.put("edges", r.edges());
                n.put("graph_bytes", r.graphBytes());
                n.put("import_ms", r.duration().toMillis());
                var b = n.putArray("bounds");
                for (double v : r.bounds()) {
                    b.add(v);
                }
                out.println(DomainJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(n));
            } else {
                out.printf(Locale.ROOT, "imported %s: %d junctions, %d road segments, %.1f MB in %s, %.1f s%n",
                        r.source().getFileName(), r.nodes(), r.edges(), r.graphBytes() / 1e6, r.graphDir(),
                        r.duration().toMillis() / 1000.0);
            }
            out.flush();
            return 0;
        }
    }

    /** {@code xems roads info}. */
    @Command(name = "info", mixinStandardHelpOptions = true, description = "Describe the road network in the data folder.")
    public static final class Info implements Callable<Integer> {
        @Mixin
        DataDirOption dataDir = new DataDirOption();

        @Option(names = "--json", description = "print JSON")
        boolean json;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            Optional<RoadNetwork> opened = RoadNetwork.open(RoadNetwork.folderIn(dataDir.resolve()));
            Optional<RoadNetworkInfo> info = opened.map(RoadNetwork::info);
            opened.ifPresent(RoadNetwork::close);
            if (json) {
                ObjectNode n = DomainJson.mapper().createObjectNode();
                n.put("present", info.isPresent());
                info.ifPresent(i -> {
                    n.put("source", i.source());
                    n.put("imported_at", i.importedAt());
                    n.put("nodes", i.nodes());
                    n.put("edges", i.edges());
                    n.put("graph_bytes", i.graphBytes());
                    n.putArray("bounds").add(i.minLon()).add(i.minLat()).add(i.maxLon()).add(i.maxLat());
                });
                out.println(DomainJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(n));
            } else if (info.isEmpty()) {
                out.println("no road network imported; travel times fall back to straight-line distance."
                        + " Import one with: xems roads import FILE.osm.pbf");
            } else {
                RoadNetworkInfo i = info.get();
                out.printf(Locale.ROOT, "road network from %s (imported %s): %d junctions, %d road segments, %.1f MB,"
                                + " lon %.4f..%.4f lat %.4f..%.4f%n", i.source(), i.importedAt(), i.nodes(), i.edges(),
                        i.graphBytes() / 1e6, i.minLon(), i.maxLon(), i.minLat(), i.maxLat());
            }
            out.flush();
            return 0;
        }
    }
}
