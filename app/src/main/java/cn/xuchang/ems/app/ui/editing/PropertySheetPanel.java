package cn.xuchang.ems.app.ui.editing;

import cn.xuchang.ems.app.ui.i18n.Messages;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.edit.ResourceEdit;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PropertySheet;

/**
 * The attributes of one resource in a ControlsFX {@link PropertySheet} with typed editors. A value
 * is parsed and checked as an import would check it ({@link SheetModel}); a bad one shows the
 * message and the stored value comes back; a good one is handed on at once as an edit to store (no
 * "save" button). FX thread only.
 */
public final class PropertySheetPanel extends BorderPane {
    private final EditStrings strings;
    private final Messages messages;
    private final SheetModel model;
    private final PropertySheet sheet = new PropertySheet();
    private final Label title = new Label();
    private final Label status = new Label();

    /** @param onEdit told each checked edit, to store (through the edit history) */
    public PropertySheetPanel(EditStrings strings, Messages messages, Consumer<ResourceEdit> onEdit) {
        this.strings = strings;
        this.messages = messages;
        this.model = new SheetModel(messages, edit -> {
            status.setText("");
            onEdit.accept(edit);
        }, this::refused);
        setId("property-panel");
        sheet.setId("property-sheet");
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        sheet.setMode(PropertySheet.Mode.CATEGORY);
        sheet.setPropertyEditorFactory(new SheetEditors(messages));
        title.setId("property-title");
        title.getStyleClass().add("panel-title");
        title.setWrapText(true);
        status.setId("property-status");
        status.setWrapText(true);
        status.getStyleClass().add("property-status");
        VBox top = new VBox(4, title, status);
        top.setPadding(new Insets(8));
        setTop(top);
        setCenter(sheet);
        show(null);
    }

    /** Shows {@code r} (null: nothing to edit). Keeps the last message unless another resource is shown. */
    public void show(Resource r) {
        Resource current = model.current();
        if (r != null && current != null && r.id().equals(current.id()) && r.name().equals(current.name())
                && r.details().equals(current.details())) {
            // the stored version of what the sheet shows (after a reload): rebuilding would take the
            // focus from a field being typed in, and its half-typed text would be committed
            model.setCurrent(r);
            return;
        }
        if (r == null || current == null || !r.id().equals(current.id())) {
            status.setText("");
        }
        model.setCurrent(r);
        if (r == null) {
            title.setText(strings.get("properties.none"));
            sheet.getItems().clear();
            return;
        }
        title.setText(strings.get("properties.title", r.name(), messages.get("kind." + r.kind().code())));
        sheet.getItems().setAll(model.itemsOf(r));
    }

    /** The resource on show (null when none). */
    public Resource shown() {
        return model.current();
    }

    /** The last message (a refused value), or empty. */
    public String message() {
        return status.getText();
    }

    private void refused(String reason) {
        String text = strings.get("status.refused", reason);
        status.setText(text);
        Resource r = model.current();
        // the editors show the stored value again, after the current event is over
        Platform.runLater(() -> {
            if (model.current() == r && r != null) {
                model.setCurrent(null);
                show(r);
                status.setText(text);
            }
        });
    }
}
