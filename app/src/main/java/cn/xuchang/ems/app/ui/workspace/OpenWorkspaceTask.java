package cn.xuchang.ems.app.ui.workspace;

import cn.xuchang.ems.app.ui.i18n.Messages;
import cn.xuchang.ems.data.domain.BaseFeature;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.workspace.Workspace;
import cn.xuchang.ems.map.layer.LayerStack;
import cn.xuchang.ems.map.style.StyleSet;
import cn.xuchang.ems.map.style.Theme;
import java.nio.file.Path;
import java.util.List;
import javafx.concurrent.Task;

/**
 * Opens the data folder (creating the database with sample data on first start), loads every
 * resource and the base map, and builds the projected, indexed layers: all the slow start-up work,
 * run off the FX thread. Fails with the store's exception (e.g.
 * {@link cn.xuchang.ems.data.store.DatabaseInUseException}) and then leaves nothing open.
 */
public final class OpenWorkspaceTask extends Task<OpenedMap> {
    private final Path dataDir;
    private final Messages messages;

    public OpenWorkspaceTask(Path dataDir, Messages messages) {
        this.dataDir = dataDir;
        this.messages = messages;
    }

    @Override
    protected OpenedMap call() {
        updateMessage(messages.get("status.loading"));
        Workspace ws = Workspace.open(dataDir);
        try {
            updateMessage(messages.get("status.loadingResources"));
            List<Resource> resources = ws.store().loadAll();
            List<BaseFeature> base = ws.store().loadBaseFeatures();
            StyleSet styles = StyleSet.bundled(Theme.LIGHT);
            LayerStack layers = LayerStack.standard(base, resources, styles);
            return new OpenedMap(ws, layers, styles, resources.size());
        } catch (RuntimeException | Error e) {
            ws.close();
            throw e;
        }
    }
}
