package cn.xuchang.ems.app.ui.editing;

import cn.xuchang.ems.app.ui.i18n.Messages;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.edit.AttributeChange;
import cn.xuchang.ems.data.edit.ResourceEdit;
import cn.xuchang.ems.data.io.ResourceAttributes;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PropertySheet;

/**
 * The attributes of one resource in a ControlsFX {@link PropertySheet} with typed editors. A value
 * is parsed and checked as an import would check it ({@link AttributeChange}); a bad one shows the
 * message and the stored value comes back; a good one is handed on at once as an edit to store (no
 * "save" button). FX thread only.
 */
public final class PropertySheetPanel extends BorderPane {
    private final EditStrings strings;
    private final Messages messages;
    private final Consumer<ResourceEdit> onEdit;
    private final PropertySheet sheet = new PropertySheet();
    private final Label title = new Label();
    private final Label status = new Label();
    private Resource current;

    /** @param onEdit told each checked edit, to store (through the edit history) */
    public PropertySheetPanel(EditStrings strings, Messages messages, Consumer<ResourceEdit> onEdit) {
        this.strings = strings;
        this.messages = messages;
        this.onEdit = onEdit;
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
        if (r == null || current == null || !r.id().equals(current.id())) {
            status.setText("");
        }
        current = r;
        if (r == null) {
            title.setText(strings.get("properties.none"));
            sheet.getItems().clear();
            return;
        }
        title.setText(strings.get("properties.title", r.name(), messages.get("kind." + r.kind().code())));
        sheet.getItems().setAll(itemsOf(r));
    }

    /** The resource on show (null when none). */
    public Resource shown() {
        return current;
    }

    /** The last message (a refused value), or empty. */
    public String message() {
        return status.getText();
    }

    /** The items for {@code r}: name, then every component of its details record. */
    List<ResourceProperty> itemsOf(Resource r) {
        List<ResourceProperty> items = new ArrayList<>();
        String identity = messages.get("kind." + r.kind().code());
        items.add(new ResourceProperty(ResourceAttributes.NAME, messages.get("attr.name"), identity, String.class,
                r.name(), this::commit));
        for (RecordComponent rc : r.kind().detailsType().getRecordComponents()) {
            Object value;
            try {
                value = rc.getAccessor().invoke(r.details());
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + rc.getName() + " of " + r.kind().code(), e);
            }
            Class<?> type = boxed(rc.getType());
            boolean typedEditor = type.isEnum() || type == Boolean.class;
            Object shown = typedEditor ? value : value instanceof Collection<?> ? ResourceAttributes.asText(value)
                    : String.valueOf(value);
            items.add(new ResourceProperty(ResourceAttributes.snakeCase(rc.getName()),
                    messages.getOr("field." + rc.getName(), rc.getName()), identity, type, shown, this::commit));
        }
        return items;
    }

    private void commit(String field, Object value) {
        Resource r = current;
        if (r == null) {
            return;
        }
        String text = value instanceof Enum<?> e ? e.name() : String.valueOf(value);
        ResourceEdit.Update edit;
        try {
            edit = AttributeChange.of(r, field, text, System.getProperty("user.name", "xems"), Instant.now());
        } catch (IllegalArgumentException e) {
            status.setText(strings.get("status.refused", e.getMessage()));
            // the editors show the stored value again, after the current event is over
            javafx.application.Platform.runLater(() -> {
                if (current == r) {
                    String keep = status.getText();
                    show(r);
                    status.setText(keep);
                }
            });
            return;
        }
        status.setText("");
        // an editor leaving the scene when the sheet is rebuilt commits its text once more: no change, no edit
        if (edit.after().name().equals(r.name()) && edit.after().details().equals(r.details())) {
            return;
        }
        // later edits build on this one even before the store's reload shows it
        current = edit.after();
        onEdit.accept(edit);
    }

    private static Class<?> boxed(Class<?> t) {
        if (t == int.class || t == long.class) {
            return Long.class;
        }
        if (t == double.class) {
            return Double.class;
        }
        if (t == boolean.class) {
            return Boolean.class;
        }
        return t;
    }
}
