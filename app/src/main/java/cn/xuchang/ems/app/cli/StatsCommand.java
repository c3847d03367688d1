package cn.xuchang.ems.app.cli;

import cn.xuchang.ems.data.domain.County;
import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.data.json.DomainJson;
import cn.xuchang.ems.data.workspace.Workspace;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code xems stats [--json]}: resource counts per kind and county.
 *
 * <p>JSON form (stable): {@code {"data_dir": "...", "total": N, "kinds": [{"kind": "camera",
 * "total": 105, "counties": {"411002": 62, ...}}], "counties": [{"code": "411002", "name": "魏都区"}]}}.
 */
@Command(name = "stats", description = "Print resource counts per kind and county.")
public final class StatsCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir = new DataDirOption();

    @Option(names = "--json", description = "print JSON instead of a table")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (Workspace ws = dataDir.open()) {
            Map<ResourceKind, Map<String, Long>> counts = ws.store().countByKindAndCounty();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(DomainJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(toJson(ws, counts)));
            } else {
                printTable(out, counts);
            }
            out.flush();
            return 0;
        }
    }

    private static ObjectNode toJson(Workspace ws, Map<ResourceKind, Map<String, Long>> counts) {
        ObjectNode root = DomainJson.mapper().createObjectNode();
        root.put("data_dir", ws.dataDir().toString());
        root.put("total", counts.values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum());
        ArrayNode kinds = root.putArray("kinds");
        for (ResourceKind kind : ResourceKind.values()) {
            Map<String, Long> byCounty = counts.getOrDefault(kind, Map.of());
            ObjectNode k = kinds.addObject();
            k.put("kind", kind.code());
            k.put("total", byCounty.values().stream().mapToLong(Long::longValue).sum());
            ObjectNode c = k.putObject("counties");
            byCounty.forEach(c::put);
        }
        ArrayNode counties = root.putArray("counties");
        for (County county : County.values()) {
            counties.addObject().put("code", county.code()).put("name", county.nameZh());
        }
        return root;
    }

    private static void printTable(PrintWriter out, Map<ResourceKind, Map<String, Long>> counts) {
        TreeSet<String> codes = new TreeSet<>();
        for (County c : County.values()) {
            codes.add(c.code());
        }
        counts.values().forEach(m -> codes.addAll(m.keySet()));
        StringBuilder header = new StringBuilder(String.format("%-14s", "kind"));
        for (String code : codes) {
            header.append(String.format("%9s", code.isEmpty() ? "outside" : code));
        }
        header.append(String.format("%9s", "total"));
        out.println(header);
        long grand = 0;
        for (ResourceKind kind : ResourceKind.values()) {
            Map<String, Long> byCounty = counts.getOrDefault(kind, Map.of());
            StringBuilder row = new StringBuilder(String.format("%-14s", kind.code()));
            long total = 0;
            for (String code : codes) {
                long n = byCounty.getOrDefault(code, 0L);
                total += n;
                row.append(String.format("%9d", n));
            }
            grand += total;
            row.append(String.format("%9d", total));
            out.println(row);
        }
        out.println(String.format("%-14s", "all") + " ".repeat(9 * codes.size()) + String.format("%9d", grand));
        StringBuilder legend = new StringBuilder();
        for (County c : County.values()) {
            legend.append(c.code()).append(' ').append(c.nameZh()).append("  ");
        }
        out.println(legend.toString().trim());
    }
}
