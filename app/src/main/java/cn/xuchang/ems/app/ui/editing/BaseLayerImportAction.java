package cn.xuchang.ems.app.ui.editing;

import cn.xuchang.ems.app.ui.i18n.Messages;
import cn.xuchang.ems.data.domain.BaseFeature;
import cn.xuchang.ems.data.domain.BaseLayer;
import cn.xuchang.ems.data.io.BaseLayerImport;
import cn.xuchang.ems.data.io.ReadOptions;
import cn.xuchang.ems.data.store.ResourceStore;
import cn.xuchang.ems.map.layer.LayerStack;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * 数据 → 导入底图图层: the office's own boundaries, roads or water bodies replace that base layer.
 * The import runs on the worker; the map shows the new layer as soon as it is stored.
 */
final class BaseLayerImportAction {
    private BaseLayerImportAction() {
    }

    /** A base layer as the user reads it in the choice dialog. */
    private record Choice(BaseLayer layer, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** Asks for the file and the layer (FX thread), then imports off the FX thread. */
    static void open(Window owner, ResourceStore store, LayerStack layers, Messages messages, EditStrings strings,
                     Executor work, Consumer<String> status) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(strings.get("baseLayer.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(strings.get("baseLayer.files"),
                "*.shp", "*.gpkg", "*.geojson", "*.json", "*.kml"));
        File file = chooser.showOpenDialog(owner);
        if (file == null) {
            return;
        }
        List<Choice> choices = Arrays.stream(BaseLayer.values())
                .map(b -> new Choice(b, messages.get("layer." + b.code()))).toList();
        ChoiceDialog<Choice> ask = new ChoiceDialog<>(choices.get(BaseLayer.ROAD.ordinal()), choices);
        ask.initOwner(owner);
        ask.setTitle(strings.get("baseLayer.title"));
        ask.setHeaderText(strings.get("baseLayer.choose", file.getName()));
        Optional<Choice> chosen = ask.showAndWait();
        if (chosen.isEmpty()) {
            return;
        }
        Choice c = chosen.get();
        Task<List<BaseFeature>> task = new Task<>() {
            @Override
            protected List<BaseFeature> call() throws IOException {
                updateMessage(strings.get("baseLayer.running", file.getName()));
                return importLayer(store, file.toPath(), c.layer(), System.getProperty("user.name", "xems"));
            }
        };
        task.setOnSucceeded(e -> {
            show(layers, c.layer(), task.getValue());
            status.accept(strings.get("baseLayer.done", task.getValue().size(), c.label()));
        });
        task.setOnFailed(e -> {
            Alert alert = new Alert(Alert.AlertType.ERROR, String.valueOf(task.getException().getMessage()));
            alert.initOwner(owner);
            alert.setHeaderText(strings.get("baseLayer.failed", file.getName()));
            alert.show();
        });
        status.accept(strings.get("baseLayer.running", file.getName()));
        work.execute(task);
    }

    /** Imports {@code file} into {@code layer} (replacing it) and returns what the layer now holds. Blocking. */
    static List<BaseFeature> importLayer(ResourceStore store, Path file, BaseLayer layer, String user) throws IOException {
        BaseLayerImport.run(store, file, layer, Optional.empty(), Optional.empty(), ReadOptions.defaults(), user, false);
        return store.loadBaseFeatures().stream().filter(f -> f.layer() == layer).toList();
    }

    /** Puts the stored features into the map's layer of that kind. */
    static void show(LayerStack layers, BaseLayer layer, List<BaseFeature> features) {
        layers.baseLayer(layer).ifPresent(l -> l.setFeatures(features));
    }
}
