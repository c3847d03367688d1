package cn.xuchang.ems.app.ui.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Back/forward history of map views, as in a browser: recording a new view drops the forward
 * branch. Bounded, oldest entries fall off. Not thread-safe: used on the FX thread only.
 *
 * @param <V> the view type (the engine's immutable viewport)
 */
public final class ViewHistory<V> {
    private final int capacity;
    private final List<V> views = new ArrayList<>();
    private int current = -1;

    /** A history keeping at most {@code capacity} views. */
    public ViewHistory(int capacity) {
        if (capacity < 2) {
            throw new IllegalArgumentException("history needs room for at least 2 views, got " + capacity);
        }
        this.capacity = capacity;
    }

    /** Records {@code view} as the current one unless it already is. */
    public void record(V view) {
        if (current >= 0 && views.get(current).equals(view)) {
            return;
        }
        views.subList(current + 1, views.size()).clear();
        views.add(view);
        if (views.size() > capacity) {
            views.remove(0);
        }
        current = views.size() - 1;
    }

    /** Whether {@link #back()} has somewhere to go. */
    public boolean canGoBack() {
        return current > 0;
    }

    /** Whether {@link #forward()} has somewhere to go. */
    public boolean canGoForward() {
        return current >= 0 && current < views.size() - 1;
    }

    /** Steps back and returns the view there, or empty at the oldest view. */
    public Optional<V> back() {
        if (!canGoBack()) {
            return Optional.empty();
        }
        return Optional.of(views.get(--current));
    }

    /** Steps forward and returns the view there, or empty at the newest view. */
    public Optional<V> forward() {
        if (!canGoForward()) {
            return Optional.empty();
        }
        return Optional.of(views.get(++current));
    }

    /** The current view, if any was recorded. */
    public Optional<V> current() {
        return current < 0 ? Optional.empty() : Optional.of(views.get(current));
    }
}
