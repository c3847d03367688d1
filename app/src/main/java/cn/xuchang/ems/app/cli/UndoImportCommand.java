package cn.xuchang.ems.app.cli;

import cn.xuchang.ems.data.io.ResourceImport;
import cn.xuchang.ems.data.store.ImportBatch;
import cn.xuchang.ems.data.workspace.Workspace;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code xems undo-import ID}: removes every resource a recorded import stored, in one transaction;
 * {@code xems undo-import --list} shows the recorded imports. JSON (stable): {@code {"importId", "removed"}}
 * or {@code {"imports": [{"id", "createdBy", "createdAt", "sourceFile", "kind", "sourceCrs", "accepted",
 * "rejected", "undoneAt"}]}}.
 */
@Command(name = "undo-import", mixinStandardHelpOptions = true,
        description = "Undo a recorded import as a whole (or --list the recorded imports).")
public final class UndoImportCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir = new DataDirOption();

    @Parameters(index = "0", arity = "0..1", paramLabel = "ID", description = "import id printed by xems import")
    String id;

    @Option(names = "--list", description = "list the recorded imports, newest first")
    boolean list;

    @Option(names = "--json", description = "print JSON")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!list && id == null) {
            throw new IllegalArgumentException("give the import ID to undo (see 'xems undo-import --list')");
        }
        PrintWriter out = spec.commandLine().getOut();
        ObjectMapper mapper = new ObjectMapper();
        try (Workspace ws = dataDir.open()) {
            if (list) {
                List<ImportBatch> batches = ws.store().listImports();
                if (json) {
                    ObjectNode root = mapper.createObjectNode();
                    ArrayNode arr = root.putArray("imports");
                    for (ImportBatch b : batches) {
                        arr.addObject().put("id", b.id().toString()).put("createdBy", b.createdBy())
                                .put("createdAt", b.createdAt().toString()).put("sourceFile", b.sourceFile())
                                .put("kind", b.kind().code()).put("sourceCrs", b.sourceCrs()).put("accepted", b.accepted())
                                .put("rejected", b.rejected())
                                .put("undoneAt", b.undoneAt() == null ? null : b.undoneAt().toString());
                    }
                    out.println(mapper.writeValueAsString(root));
                } else {
                    for (ImportBatch b : batches) {
                        out.printf("%s  %s  %-13s %6d  %s%s%n", b.id(), b.createdAt(), b.kind().code(), b.accepted(),
                                b.sourceFile(), b.undone() ? "  (undone " + b.undoneAt() + ")" : "");
                    }
                }
                out.flush();
                return 0;
            }
            UUID importId;
            try {
                importId = UUID.fromString(id.trim());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + id + "' is not an import id; see 'xems undo-import --list'", e);
            }
            int removed = new ResourceImport(ws.store(), Optional.empty(), Clock.systemUTC()).undo(importId);
            if (json) {
                out.println(mapper.writeValueAsString(mapper.createObjectNode().put("importId", importId.toString())
                        .put("removed", removed)));
            } else {
                out.printf("undid import %s: removed %d resources%n", importId, removed);
            }
        }
        out.flush();
        return 0;
    }
}
