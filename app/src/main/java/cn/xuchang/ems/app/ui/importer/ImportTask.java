package cn.xuchang.ems.app.ui.importer;

import cn.xuchang.ems.data.io.ImportProgress;
import cn.xuchang.ems.data.io.ImportReport;
import cn.xuchang.ems.data.io.ImportRequest;
import cn.xuchang.ems.data.io.ResourceImport;
import javafx.concurrent.Task;

/**
 * Runs an import (or a dry run) on a worker thread, reporting counts through
 * {@link #updateProgress} and {@link #updateMessage}. Cancelling rolls the store transaction back:
 * the database stays as it was.
 */
final class ImportTask extends Task<ImportReport> {
    private final ResourceImport importer;
    private final ImportRequest request;
    private final ImportStrings strings;

    ImportTask(ResourceImport importer, ImportRequest request, ImportStrings strings) {
        this.importer = importer;
        this.request = request;
        this.strings = strings;
    }

    @Override
    protected ImportReport call() throws Exception {
        updateMessage(strings.format("status.reading", request.file().getFileName()));
        return importer.run(request, new ImportProgress() {
            @Override
            public void update(String phase, long done, long total) {
                updateProgress(done, Math.max(1, total));
                updateMessage(strings.format(phase.equals("store") ? "status.store" : "status.validate", done, total));
            }

            @Override
            public boolean cancelled() {
                return isCancelled();
            }
        });
    }
}
