package cn.xuchang.ems.app.ui.editing;

import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import javafx.beans.value.ObservableValue;
import org.controlsfx.control.PropertySheet;

/**
 * One editable attribute of the resource shown in the property sheet. Changing the value does not
 * change this item: it asks for an edit ({@code commit}), which is checked, stored and then shows
 * in a new sheet built from the stored resource. FX thread only.
 *
 * @param field snake_case attribute name ({@code name} or a details column)
 * @param type  Java type of the value (boxed), which picks the editor
 */
public record ResourceProperty(String field, String label, String category, Class<?> type, Object value,
                               BiConsumer<String, Object> commit) implements PropertySheet.Item {

    @Override
    public Class<?> getType() {
        return type;
    }

    @Override
    public String getCategory() {
        return category;
    }

    @Override
    public String getName() {
        return label;
    }

    @Override
    public String getDescription() {
        return field;
    }

    @Override
    public Object getValue() {
        return value;
    }

    @Override
    public void setValue(Object newValue) {
        // editors echo the value they were given when built: that is no edit
        if (!Objects.equals(newValue, value)) {
            commit.accept(field, newValue);
        }
    }

    @Override
    public Optional<ObservableValue<? extends Object>> getObservableValue() {
        return Optional.empty();
    }
}
