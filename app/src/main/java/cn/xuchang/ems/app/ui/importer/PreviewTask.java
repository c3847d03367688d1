package cn.xuchang.ems.app.ui.importer;

import cn.xuchang.ems.data.io.ImportRequest;
import cn.xuchang.ems.data.io.ResourceImport;
import javafx.concurrent.Task;

/** Reads a source and guesses its mapping on a worker thread, for the wizard's preview. */
final class PreviewTask extends Task<ResourceImport.Preview> {
    private final ResourceImport importer;
    private final ImportRequest request;

    PreviewTask(ResourceImport importer, ImportRequest request) {
        this.importer = importer;
        this.request = request;
    }

    @Override
    protected ResourceImport.Preview call() throws Exception {
        return importer.preview(request);
    }
}
