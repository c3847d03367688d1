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

/**
 * What the property sheet edits, without its controls: the items of a resource (name, then each
 * component of its details record, typed) and the check of an edited value ({@link AttributeChange}
 * parses it as an import would). A good value becomes an edit at once; a bad one a message. FX thread only.
 */
final class SheetModel {
    private final Messages messages;
    private final Consumer<ResourceEdit> onEdit;
    private final Consumer<String> onRefused;
    private Resource current;

    /**
     * @param onEdit    told each checked edit, to store
     * @param onRefused told why a value was refused
     */
    SheetModel(Messages messages, Consumer<ResourceEdit> onEdit, Consumer<String> onRefused) {
        this.messages = messages;
        this.onEdit = onEdit;
        this.onRefused = onRefused;
    }

    /** The resource edited (after an accepted edit: its edited version, ahead of the store's reload). */
    Resource current() {
        return current;
    }

    void setCurrent(Resource r) {
        this.current = r;
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

    /** Checks {@code value} for {@code field} of the current resource: an edit, a refusal, or nothing when unchanged. */
    void commit(String field, Object value) {
        Resource r = current;
        if (r == null) {
            return;
        }
        String text = value instanceof Enum<?> e ? e.name() : String.valueOf(value);
        ResourceEdit.Update edit;
        try {
            edit = AttributeChange.of(r, field, text, System.getProperty("user.name", "xems"), Instant.now());
        } catch (IllegalArgumentException e) {
            onRefused.accept(e.getMessage());
            return;
        }
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
