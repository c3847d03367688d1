package cn.xuchang.ems.data.edit;

import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.store.ResourceStore;
import cn.xuchang.ems.data.store.StoreException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Performs edits on the store at once (each in its own transaction: there is no "save" to forget)
 * and keeps them for undo and redo. Undo and redo check that the stored resource is still the one
 * the edit left, and refuse with a message instead of overwriting a later change (from an import or
 * another window). Thread-safe by a lock; blocking store calls, so not on the UI thread.
 */
public final class EditHistory {
    private final ResourceStore store;
    private final int limit;
    private final Deque<ResourceEdit> undo = new ArrayDeque<>();
    private final Deque<ResourceEdit> redo = new ArrayDeque<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    /** @param limit how many edits can be undone */
    public EditHistory(ResourceStore store, int limit) {
        this.store = store;
        this.limit = limit;
    }

    /** Stores {@code edit} now and makes it undoable; clears the redo list. */
    public synchronized void perform(ResourceEdit edit) {
        commit(edit);
        undo.push(edit);
        while (undo.size() > limit) {
            undo.removeLast();
        }
        redo.clear();
        fire();
    }

    /** Reverts the last edit; returns it, or empty when there is nothing to undo. */
    public synchronized Optional<ResourceEdit> undo() {
        if (undo.isEmpty()) {
            return Optional.empty();
        }
        ResourceEdit edit = undo.peek();
        commit(edit.inverse());
        undo.pop();
        redo.push(edit);
        fire();
        return Optional.of(edit);
    }

    /** Applies the last undone edit again; returns it, or empty when there is nothing to redo. */
    public synchronized Optional<ResourceEdit> redo() {
        if (redo.isEmpty()) {
            return Optional.empty();
        }
        ResourceEdit edit = redo.peek();
        commit(edit);
        redo.pop();
        undo.push(edit);
        fire();
        return Optional.of(edit);
    }

    /** True when there is an edit to undo. */
    public synchronized boolean canUndo() {
        return !undo.isEmpty();
    }

    /** True when there is an undone edit to redo. */
    public synchronized boolean canRedo() {
        return !redo.isEmpty();
    }

    /** Label of the edit {@link #undo()} would revert. */
    public synchronized Optional<String> undoLabel() {
        return Optional.ofNullable(undo.peek()).map(ResourceEdit::label);
    }

    /** Label of the edit {@link #redo()} would apply. */
    public synchronized Optional<String> redoLabel() {
        return Optional.ofNullable(redo.peek()).map(ResourceEdit::label);
    }

    /** Told after every perform, undo and redo (on the calling thread). */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    private void commit(ResourceEdit edit) {
        store.write(tx -> {
            Optional<Resource> stored = store.find(edit.id());
            if (!stored.equals(edit.expectedBefore())) {
                throw new StoreException("'" + edit.label() + "' cannot be applied: the resource was changed or removed "
                        + "since (by an import or another window); reload the layer and edit again");
            }
            edit.apply(tx);
        });
    }

    private void fire() {
        listeners.forEach(Runnable::run);
    }
}
