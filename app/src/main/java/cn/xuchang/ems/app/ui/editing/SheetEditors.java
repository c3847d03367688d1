package cn.xuchang.ems.app.ui.editing;

import cn.xuchang.ems.app.ui.i18n.Messages;
import java.util.Arrays;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TextField;
import javafx.util.Callback;
import javafx.util.StringConverter;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.PropertyEditor;

/**
 * Editors of the property sheet, one per value type: choices for enums (with their Chinese or
 * English labels), a check box for yes/no, and a text field for text, numbers and lists that commits
 * on Enter or when it loses the focus (not on every key: each commit is a stored, undoable edit).
 * Numbers are parsed by the same rules as imports when the edit is built. FX thread only.
 */
final class SheetEditors implements Callback<PropertySheet.Item, PropertyEditor<?>> {
    private final Messages messages;

    SheetEditors(Messages messages) {
        this.messages = messages;
    }

    @Override
    public PropertyEditor<?> call(PropertySheet.Item item) {
        Class<?> type = item.getType();
        if (type.isEnum()) {
            return choice(item, type);
        }
        if (type == Boolean.class) {
            return check(item);
        }
        return text(item);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private PropertyEditor<Object> choice(PropertySheet.Item item, Class<?> type) {
        ChoiceBox<Object> box = new ChoiceBox<>();
        box.getItems().setAll(Arrays.asList(type.getEnumConstants()));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Object e) {
                if (e == null) {
                    return "";
                }
                Enum<?> en = (Enum<?>) e;
                String key = "enum." + en.getDeclaringClass().getSimpleName() + "." + en.name();
                return messages.has(key) ? messages.get(key) : en.name();
            }

            @Override
            public Object fromString(String s) {
                throw new UnsupportedOperationException();
            }
        });
        box.setId("sheet-" + item.getDescription());
        box.setValue(item.getValue());
        box.valueProperty().addListener((obs, old, now) -> item.setValue(now));
        return editor(box, box::getValue, box::setValue);
    }

    private PropertyEditor<Object> check(PropertySheet.Item item) {
        CheckBox box = new CheckBox();
        box.setId("sheet-" + item.getDescription());
        box.setSelected(Boolean.TRUE.equals(item.getValue()));
        box.selectedProperty().addListener((obs, old, now) -> item.setValue(now));
        return editor(box, box::isSelected, v -> box.setSelected(Boolean.TRUE.equals(v)));
    }

    private PropertyEditor<Object> text(PropertySheet.Item item) {
        TextField field = new TextField(item.getValue() == null ? "" : item.getValue().toString());
        field.setId("sheet-" + item.getDescription());
        Runnable commit = () -> item.setValue(field.getText());
        field.setOnAction(e -> commit.run());
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commit.run();
            }
        });
        return editor(field, field::getText, v -> field.setText(v == null ? "" : v.toString()));
    }

    private static PropertyEditor<Object> editor(Node node, java.util.function.Supplier<Object> get,
                                                 java.util.function.Consumer<Object> set) {
        return new PropertyEditor<>() {
            @Override
            public Node getEditor() {
                return node;
            }

            @Override
            public Object getValue() {
                return get.get();
            }

            @Override
            public void setValue(Object value) {
                set.accept(value);
            }
        };
    }
}
