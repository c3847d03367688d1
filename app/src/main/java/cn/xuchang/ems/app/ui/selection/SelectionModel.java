package cn.xuchang.ems.app.ui.selection;

import cn.xuchang.ems.data.domain.Resource;
import java.util.List;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;

/**
 * The resources the user has selected on the map (by click or box) and the one whose attributes are
 * on show. One instance per window, shared by the map (highlight), the attribute panel and any
 * query panel that wants to work on "the selection". FX thread only.
 */
public final class SelectionModel {
    private final ReadOnlyListWrapper<Resource> selected =
            new ReadOnlyListWrapper<>(this, "selected", FXCollections.observableArrayList());
    private final ReadOnlyObjectWrapper<Resource> focused = new ReadOnlyObjectWrapper<>(this, "focused");

    /** The selected resources, in the order they were found (nearest first for a click). */
    public ReadOnlyListProperty<Resource> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The resource whose attributes are shown; one of the selected, or null. */
    public ReadOnlyObjectProperty<Resource> focusedProperty() {
        return focused.getReadOnlyProperty();
    }

    /** Replaces the selection; the first resource gets the focus. */
    public void select(List<Resource> resources) {
        focused.set(null);
        selected.setAll(resources);
        focused.set(resources.isEmpty() ? null : resources.get(0));
    }

    /** Shows the attributes of {@code r}, which must be selected. */
    public void focus(Resource r) {
        if (r != null && !selected.contains(r)) {
            throw new IllegalArgumentException("resource " + r.id() + " is not selected");
        }
        focused.set(r);
    }

    /** Empties the selection. */
    public void clear() {
        select(List.of());
    }
}
