package cn.xuchang.ems.data.io;

import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.io.mapping.FieldMapping;
import cn.xuchang.ems.data.io.mapping.FieldMappingGuesser;
import cn.xuchang.ems.data.io.mapping.MappingMemory;
import cn.xuchang.ems.data.io.validation.ImportContext;
import cn.xuchang.ems.data.io.validation.ImportIssue;
import cn.xuchang.ems.data.io.validation.ImportValidator;
import cn.xuchang.ems.data.io.validation.ValidationResult;
import cn.xuchang.ems.data.store.ImportBatch;
import cn.xuchang.ems.data.store.ResourceStore;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Imports a source file into the store: read, map, validate every row, then store the accepted
 * rows and the import record in ONE store transaction (all or nothing; a crash or a cancel leaves
 * the store as it was). By default a single refused row stores nothing; with skip-invalid the valid
 * rows are stored and the refused ones reported. Blocking; run it off the UI thread.
 */
public final class ResourceImport {
    private final ResourceStore store;
    private final Optional<MappingMemory> memory;
    private final Clock clock;

    /**
     * @param memory remembers mappings per source (usually in the data folder); empty to neither recall nor remember
     */
    public ResourceImport(ResourceStore store, Optional<MappingMemory> memory, Clock clock) {
        this.store = store;
        this.memory = memory;
        this.clock = clock;
    }

    /** Reads and guesses the mapping without validating: what the wizard previews. */
    public Preview preview(ImportRequest req) throws IOException {
        SourceDataset ds = read(req);
        return new Preview(ds, mappingFor(req, ds));
    }

    /** The file as read with the mapping that would be used. */
    public record Preview(SourceDataset dataset, FieldMapping mapping) {
    }

    /** Runs the import; see the class comment. Bad arguments (an unknown --map column) throw IllegalArgumentException. */
    public ImportReport run(ImportRequest req, ImportProgress progress) throws IOException {
        String fileName = req.file().getFileName().toString();
        if (!Files.isRegularFile(req.file())) {
            throw new IllegalArgumentException("no such file: " + req.file());
        }
        SourceDataset ds;
        try {
            ds = read(req);
        } catch (SourceFormatException e) {
            ImportIssue issue = new ImportIssue(ImportIssue.Severity.ERROR, fileName, 0, "", e.detail(), "");
            return new ImportReport(req.file().toAbsolutePath().toString(), "", req.kind().code(), "", "", 0, 0, 0, 0,
                    null, req.dryRun(), List.of(issue), List.of(), List.of(), false);
        }
        FieldMapping mapping = mappingFor(req, ds);
        Instant now = clock.instant();
        ImportContext context = ImportContext.of(store, req.user(), now);
        int total = ds.features().size();
        ValidationResult v = new ImportValidator(req.kind(), mapping, req.crs(), req.acceptOffset(), context)
                .validate(ds, done -> {
                    progress.update("validate", done, total);
                    if (progress.cancelled()) {
                        throw new ImportCancelledException();
                    }
                });
        String crsId = v.crs() == null ? "" : v.crs().crs().id();
        boolean refused = v.fileRefused() || (v.rejectedRows() > 0 && !req.skipInvalid());
        int stored = 0;
        String importId = null;
        if (!refused && !req.dryRun() && !v.accepted().isEmpty()) {
            ImportBatch batch = new ImportBatch(UUID.randomUUID(), req.user(), now,
                    req.file().toAbsolutePath().toString(), req.kind(), crsId, v.accepted().size(), v.rejectedRows(), null);
            store(batch, v.accepted(), progress);
            stored = v.accepted().size();
            importId = batch.id().toString();
            memory.ifPresent(m -> m.remember(req.kind(), ds.columns(), mapping));
        }
        boolean succeeded = !refused && (req.dryRun() || stored > 0 || v.accepted().isEmpty() && v.rejectedRows() == 0);
        return new ImportReport(req.file().toAbsolutePath().toString(), ds.format(), req.kind().code(), crsId,
                mapping.toSpec(), total, v.accepted().size(), v.rejectedRows(), stored, importId, req.dryRun(),
                v.errors(), v.warnings(), v.notes(), succeeded);
    }

    private void store(ImportBatch batch, List<Resource> accepted, ImportProgress progress) {
        int total = accepted.size();
        // Stored in id order: random UUIDs inserted in file order hit random pages of the primary-key
        // B-tree, in key order they append to its right edge (faster in Derby, harmless elsewhere).
        List<Resource> ordered = new java.util.ArrayList<>(accepted);
        ordered.sort(java.util.Comparator.comparing(r -> r.id().toString()));
        try {
            writeAll(batch, ordered, progress, total);
        } catch (RuntimeException e) {
            // stores may wrap what the transaction threw; a cancellation stays a cancellation
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof ImportCancelledException cancelled) {
                    throw cancelled;
                }
            }
            throw e;
        }
    }

    private void writeAll(ImportBatch batch, List<Resource> accepted, ImportProgress progress, int total) {
        store.write(tx -> {
            tx.recordImport(batch);
            int done = 0;
            for (Resource r : accepted) {
                tx.saveImported(r, batch.id());
                if ((++done & 1023) == 0) {
                    progress.update("store", done, total);
                    if (progress.cancelled()) {
                        throw new ImportCancelledException();
                    }
                }
            }
            progress.update("store", total, total);
        });
    }

    /** Undoes a recorded import as a whole; returns how many resources were removed. */
    public int undo(UUID importId) {
        int[] removed = new int[1];
        store.write(tx -> removed[0] = tx.undoImport(importId, clock.instant()));
        return removed[0];
    }

    private SourceDataset read(ImportRequest req) throws IOException {
        return SourceFormats.readerFor(req.file()).read(req.file(), req.read());
    }

    private FieldMapping mappingFor(ImportRequest req, SourceDataset ds) {
        FieldMapping base = memory.flatMap(m -> m.recall(req.kind(), ds.columns()))
                .orElseGet(() -> FieldMappingGuesser.guess(ds.columns(), req.kind()));
        return base.corrected(req.mapSpec(), ds.columns(), req.kind());
    }
}
