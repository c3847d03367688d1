package cn.xuchang.ems.app.ui.editing;

import cn.xuchang.ems.app.ui.i18n.Messages;
import cn.xuchang.ems.app.ui.importer.ImportWizard;
import cn.xuchang.ems.app.ui.layers.LayerPanel;
import cn.xuchang.ems.app.ui.map.MapTool;
import cn.xuchang.ems.app.ui.map.MapView;
import cn.xuchang.ems.app.ui.query.QueryViewModel;
import cn.xuchang.ems.app.ui.selection.SelectionModel;
import cn.xuchang.ems.app.ui.table.AttributeTable;
import cn.xuchang.ems.app.ui.table.TableDock;
import cn.xuchang.ems.app.ui.theme.DispatchTheme;
import cn.xuchang.ems.app.ui.workspace.OpenedMap;
import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.data.edit.EditHistory;
import cn.xuchang.ems.data.edit.ResourceEdit;
import cn.xuchang.ems.data.store.ResourceStore;
import cn.xuchang.ems.map.layer.ResourceLayer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Tab;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * Editing in the main window: one {@link EditHistory} over the opened store shared by the property
 * sheet, the attribute tables and the map tools (add, move, delete), so Undo/Redo (Ctrl+Z / Ctrl+Y)
 * go across all of them; the import wizard, undo-import and export dialogs; and the
 * {@link StoreReload} that brings every committed change (also imports) onto the map, the query
 * panel and the selection. Store work runs on the window's worker, never on the FX thread.
 * FX thread only.
 */
public final class EditingSession {
    private final EditStrings strings;
    private final Messages messages;
    private final MapView mapView;
    private final SelectionModel selection;
    private final QueryViewModel queryModel;
    private final LayerPanel layerPanel;
    private final Executor work;
    private final Consumer<String> status;
    private final PropertySheetPanel sheet;
    private final Tab propertiesTab;
    private final EditToolBar toolBar;
    private final MapEditTool mapTool;
    private final ObjectProperty<ResourceKind> addKind = new SimpleObjectProperty<>(this, "addKind", ResourceKind.SHELTER);
    private final ReadOnlyIntegerWrapper reloads = new ReadOnlyIntegerWrapper(this, "reloads");
    private final ReadOnlyIntegerWrapper edits = new ReadOnlyIntegerWrapper(this, "edits");
    private final TableDock tableDock;
    private OpenedMap opened;
    /** Store work started here whose reload is still to come: those reloads need no message of their own. */
    private int ownWrites;
    private EditHistory history;
    private StoreReload reload;

    /**
     * @param navigationTool the map's navigation tool: choosing one ends an edit tool
     * @param status         where short messages go (the status bar)
     */
    public EditingSession(Messages messages, MapView mapView, SelectionModel selection, QueryViewModel queryModel,
                          LayerPanel layerPanel, ObjectProperty<MapTool> navigationTool, Executor work,
                          Consumer<String> status) {
        this.strings = new EditStrings(messages.locale());
        this.messages = messages;
        this.mapView = mapView;
        this.selection = selection;
        this.queryModel = queryModel;
        this.layerPanel = layerPanel;
        this.work = work;
        this.status = status;
        this.sheet = new PropertySheetPanel(strings, messages, this::perform);
        this.propertiesTab = new Tab(strings.get("tab.properties"), sheet);
        propertiesTab.setId("properties-tab");
        this.mapTool = new MapEditTool(this, mapView, selection);
        this.toolBar = new EditToolBar(this, strings, messages);
        this.tableDock = new TableDock(messages.locale());
        // an edit tool and a navigation tool exclude each other; pan stays underneath an edit tool
        boolean[] switching = {false};
        navigationTool.addListener((obs, old, t) -> {
            if (!switching[0]) {
                mapTool.modeProperty().set(MapEditTool.Mode.NONE);
            }
        });
        mapTool.modeProperty().addListener((obs, old, m) -> {
            if (m != MapEditTool.Mode.NONE) {
                switching[0] = true;
                try {
                    navigationTool.set(MapTool.PAN);
                } finally {
                    switching[0] = false;
                }
            }
        });
        selection.focusedProperty().addListener((obs, old, r) -> sheet.show(r));
        layerPanel.addLayerAction(strings.get("action.table"), "layer-attribute-table", layer -> {
            if (layer instanceof ResourceLayer r) {
                openTable(r.kind());
            }
        });
        layerPanel.addLayerAction(strings.get("action.exportLayer"), "layer-export", layer -> {
            if (layer instanceof ResourceLayer r) {
                openExport(Optional.of(r.kind()));
            }
        });
        mapView.sceneProperty().addListener((obs, old, scene) -> installShortcuts(scene));
    }

    /** Starts editing the opened workspace (after the window shows its map). */
    public void open(OpenedMap map) {
        close();
        this.opened = map;
        this.history = new EditHistory(map.workspace().store(), 200);
        history.addListener(() -> javafx.application.Platform.runLater(toolBar::updateUndoButtons));
        this.reload = new StoreReload(map.workspace().store(), map.layers(), map.baseFeatures(), work,
                javafx.application.Platform::runLater, this::reloaded,
                e -> status.accept(strings.get("status.refused", message(e))));
        toolBar.updateUndoButtons();
    }

    /** Stops listening to the store. */
    public void close() {
        tableDock.closeAll();
        if (reload != null) {
            reload.close();
            reload = null;
        }
    }

    /** The edit tool bar (import, attribute table, export, undo/redo, add/move/delete). */
    public EditToolBar toolBar() {
        return toolBar;
    }

    /** The property sheet tab, for the side panel. */
    public Tab propertiesTab() {
        return propertiesTab;
    }

    /** The property sheet. */
    public PropertySheetPanel sheet() {
        return sheet;
    }

    /** The map's add/move tool. */
    public MapEditTool mapTool() {
        return mapTool;
    }

    /** The kind the add tool places. */
    public ObjectProperty<ResourceKind> addKindProperty() {
        return addKind;
    }

    /** The edit history (null before a workspace is open). */
    public EditHistory history() {
        return history;
    }

    /** Counts the reloads shown so far (tests wait on it). */
    public ReadOnlyIntegerProperty reloadsProperty() {
        return reloads.getReadOnlyProperty();
    }

    /** Counts the edits, undos and redos stored so far, refused ones not included (tests wait on it). */
    public ReadOnlyIntegerProperty editsProperty() {
        return edits.getReadOnlyProperty();
    }

    /** Stores {@code edit} on the worker; the reload then shows it. */
    public void perform(ResourceEdit edit) {
        if (history == null) {
            return;
        }
        EditHistory h = history;
        runStoreWork(() -> {
            h.perform(edit);
            return Optional.of(edit);
        }, "status.saved");
    }

    /** Reverts the last edit (of any kind, anywhere in the window). */
    public void undo() {
        if (history != null) {
            EditHistory h = history;
            runStoreWork(h::undo, "status.undone");
        }
    }

    /** Applies the last undone edit again. */
    public void redo() {
        if (history != null) {
            EditHistory h = history;
            runStoreWork(h::redo, "status.redone");
        }
    }

    /** Asks for a name and adds a new resource of the add tool's kind at {@code at}. */
    void addAt(LonLat at) {
        if (opened == null) {
            return;
        }
        ResourceKind kind = addKind.get();
        String kindName = messages.get("kind." + kind.code());
        TextInputDialog ask = new TextInputDialog(strings.get("add.default", kindName));
        ask.setTitle(strings.get("add.title"));
        ask.setHeaderText(strings.get("add.header", kindName,
                String.format(java.util.Locale.ROOT, "%.6f, %.6f", at.lon(), at.lat())));
        ask.setContentText(strings.get("add.name"));
        ask.getEditor().setId("add-name");
        ask.initOwner(mapView.getScene().getWindow());
        DispatchTheme.apply(ask.getDialogPane().getScene());
        ask.showAndWait().map(String::trim).filter(s -> !s.isEmpty()).ifPresent(name -> perform(
                new ResourceEdit.Add(NewResource.of(kind, name, at, opened.baseFeatures(), user(), Instant.now()))));
    }

    /** Moves {@code r} so its point is at {@code to}. */
    void move(Resource r, LonLat to) {
        if (opened != null) {
            perform(new ResourceEdit.Update(r, NewResource.moved(r, to, opened.baseFeatures(), user(), Instant.now())));
        }
    }

    /** Asks, then deletes the selected resources (each an undoable edit). */
    public void deleteSelected() {
        List<Resource> chosen = List.copyOf(selection.selectedProperty());
        if (chosen.isEmpty() || history == null) {
            return;
        }
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, strings.get("delete.content"), ButtonType.OK,
                ButtonType.CANCEL);
        confirm.setTitle(strings.get("delete.title"));
        confirm.setHeaderText(strings.get("delete.header", chosen.size()));
        confirm.initOwner(mapView.getScene().getWindow());
        DispatchTheme.apply(confirm.getDialogPane().getScene());
        if (confirm.showAndWait().filter(b -> b == ButtonType.OK).isPresent()) {
            EditHistory h = history;
            runStoreWork(() -> {
                Optional<ResourceEdit> last = Optional.empty();
                for (Resource r : chosen) {
                    ResourceEdit edit = new ResourceEdit.Delete(r);
                    h.perform(edit);
                    last = Optional.of(edit);
                }
                return last;
            }, "status.saved");
        }
    }

    /** Opens the import wizard; what it stores shows on the map through the reload. */
    public void openImport() {
        if (opened != null) {
            ImportWizard.open(mapView.getScene().getWindow(), opened.workspace().store(), opened.workspace().dataDir(),
                    messages.locale(), work);
        }
    }

    /** Opens the list of imports, to undo one as a whole. */
    public void openUndoImport() {
        if (opened != null) {
            UndoImportDialog.open(mapView.getScene().getWindow(), opened.workspace().store(), strings, messages, work,
                    status);
        }
    }

    /** Imports an office base-map layer (boundaries, roads, water ...) into the map. */
    public void openBaseLayerImport() {
        if (opened != null) {
            BaseLayerImportAction.open(mapView.getScene().getWindow(), opened.workspace().store(), opened.layers(),
                    messages, strings, work, status);
        }
    }

    /** Shows the attribute table of {@code kind} in the dock below the map. */
    public void openTable(ResourceKind kind) {
        if (opened == null) {
            return;
        }
        OpenedMap map = opened;
        tableDock.show(kind, messages.get("kind." + kind.code()),
                () -> new AttributeTable(map.workspace().store(), history, kind, messages.locale(), work));
    }

    /** The dock of attribute tables, for the window to place below the map. */
    public TableDock tableDock() {
        return tableDock;
    }

    /** Opens the export dialog (a layer, the selection or the query result). */
    public void openExport(Optional<ResourceKind> layer) {
        if (opened == null) {
            return;
        }
        Map<UUID, Resource> byId = opened.resources().stream()
                .collect(Collectors.toMap(Resource::id, Function.identity(), (a, b) -> a));
        List<Resource> queryResult = queryModel.rows().stream()
                .map(row -> byId.get(parseUuid(row.id()))).filter(java.util.Objects::nonNull).toList();
        ExportDialog.open(mapView.getScene().getWindow(), opened.workspace().store(), strings, messages, work, status,
                layer, List.copyOf(selection.selectedProperty()), queryResult);
    }

    private static UUID parseUuid(String s) {
        try {
            return UUID.fromString(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void installShortcuts(Scene scene) {
        if (scene == null) {
            return;
        }
        // text fields keep their own Ctrl+Z: they consume the key before the scene's accelerators
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), this::undo);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), this::redo);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DELETE), this::deleteSelected);
    }

    private void runStoreWork(Callable<Optional<ResourceEdit>> job, String doneKey) {
        Task<Optional<ResourceEdit>> task = new Task<>() {
            @Override
            protected Optional<ResourceEdit> call() throws Exception {
                return job.call();
            }
        };
        task.setOnSucceeded(e -> {
            Optional<ResourceEdit> done = task.getValue();
            status.accept(done.map(edit -> strings.get(doneKey, edit.label())).orElse(strings.get("status.nothing")));
            edits.set(edits.get() + 1);
            toolBar.updateUndoButtons();
        });
        task.setOnFailed(e -> {
            status.accept(strings.get("status.refused", message(task.getException())));
            sheet.show(sheet.shown() == null ? null : selection.focusedProperty().get());
            toolBar.updateUndoButtons();
        });
        ownWrites++;
        work.execute(task);
    }

    private void reloaded(StoreReload.Reloaded r) {
        opened = new OpenedMap(opened.workspace(), opened.layers(), opened.styles(), r.resources(),
                opened.baseFeatures());
        queryModel.dataProperty().set(r.queryData());
        layerPanel.refreshCounts();
        // the selection holds the stored versions, or loses what is gone
        Map<UUID, Resource> byId = r.resources().stream()
                .collect(Collectors.toMap(Resource::id, Function.identity(), (a, b) -> a));
        Resource focused = selection.focusedProperty().get();
        List<Resource> now = selection.selectedProperty().stream().map(x -> byId.get(x.id()))
                .filter(java.util.Objects::nonNull).toList();
        if (!now.equals(selection.selectedProperty())) {
            selection.select(now);
            if (focused != null && byId.containsKey(focused.id())) {
                selection.focus(byId.get(focused.id()));
            }
        }
        if (ownWrites > 0) {
            ownWrites--;
        } else {
            // an import, an undone import, another window: say that the map changed
            status.accept(strings.get("status.reloaded", r.resources().size()));
        }
        reloads.set(reloads.get() + 1);
    }

    private static String user() {
        return System.getProperty("user.name", "xems");
    }

    private static String message(Throwable e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
