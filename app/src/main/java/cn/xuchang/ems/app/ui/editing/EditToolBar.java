package cn.xuchang.ems.app.ui.editing;

import cn.xuchang.ems.app.ui.i18n.Messages;
import cn.xuchang.ems.data.domain.ResourceKind;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

/**
 * The data and editing row of the main window: a 数据/Data menu (import, undo an import, attribute
 * tables, export), Undo/Redo, and the map edit tools (add of a chosen kind, move, delete). FX thread only.
 */
public final class EditToolBar extends ToolBar {
    private final EditingSession session;
    private final Button undo;
    private final Button redo;

    EditToolBar(EditingSession session, EditStrings strings, Messages messages) {
        this.session = session;
        setId("edit-tool-bar");
        MenuItem importData = item(strings.get("action.import"), "menu-import", session::openImport);
        MenuItem undoImport = item(strings.get("action.undoImport"), "menu-undo-import", session::openUndoImport);
        MenuItem importBase = item(strings.get("action.importBaseLayer"), "menu-import-base-layer",
                session::openBaseLayerImport);
        Menu tables = new Menu(strings.get("action.table"));
        tables.setId("menu-tables");
        for (ResourceKind k : ResourceKind.values()) {
            tables.getItems().add(item(messages.get("kind." + k.code()), "menu-table-" + k.code(),
                    () -> session.openTable(k)));
        }
        MenuItem export = item(strings.get("action.export"), "menu-export", () -> session.openExport(Optional.empty()));
        MenuButton data = new MenuButton(strings.get("menu.data"), null, importData, undoImport, importBase, tables,
                export);
        data.setId("menu-data");

        undo = new Button(strings.get("action.undo"));
        undo.setId("edit-undo");
        undo.setOnAction(e -> session.undo());
        redo = new Button(strings.get("action.redo"));
        redo.setId("edit-redo");
        redo.setOnAction(e -> session.redo());

        ComboBox<ResourceKind> kind = new ComboBox<>();
        kind.setId("add-kind");
        kind.getItems().setAll(ResourceKind.values());
        kind.valueProperty().bindBidirectional(session.addKindProperty());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(ResourceKind k) {
                return k == null ? "" : messages.get("kind." + k.code());
            }

            @Override
            public ResourceKind fromString(String s) {
                return null;
            }
        });
        ToggleButton add = toggle(strings.get("action.add"), "edit-add", strings.get("tip.add"), MapEditTool.Mode.ADD);
        ToggleButton move = toggle(strings.get("action.move"), "edit-move", strings.get("tip.move"), MapEditTool.Mode.MOVE);
        Button delete = new Button(strings.get("action.delete"));
        delete.setId("edit-delete");
        delete.setTooltip(new Tooltip(strings.get("tip.delete")));
        delete.setOnAction(e -> session.deleteSelected());
        getItems().addAll(data, new Separator(), undo, redo, new Separator(), kind, add, move, delete);
        updateUndoButtons();
    }

    /** Enables Undo/Redo as the history allows, with the edit's label as tool tip. */
    void updateUndoButtons() {
        var h = session.history();
        undo.setDisable(h == null || !h.canUndo());
        redo.setDisable(h == null || !h.canRedo());
        undo.setTooltip(h == null ? null : h.undoLabel().map(Tooltip::new).orElse(null));
        redo.setTooltip(h == null ? null : h.redoLabel().map(Tooltip::new).orElse(null));
    }

    private ToggleButton toggle(String text, String id, String tip, MapEditTool.Mode mode) {
        ToggleButton b = new ToggleButton(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        var property = session.mapTool().modeProperty();
        b.setOnAction(e -> property.set(b.isSelected() ? mode : MapEditTool.Mode.NONE));
        property.addListener((obs, old, m) -> b.setSelected(m == mode));
        return b;
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem i = new MenuItem(text);
        i.setId(id);
        i.setOnAction(e -> action.run());
        return i;
    }
}
