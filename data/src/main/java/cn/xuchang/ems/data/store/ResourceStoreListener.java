package cn.xuchang.ems.data.store;

import java.util.List;
import java.util.UUID;

/** Told after a write was committed. Called on the writing thread: hand off to the UI thread yourself. */
@FunctionalInterface
public interface ResourceStoreListener {
    /** {@code changedIds} were inserted, replaced or deleted. */
    void resourcesChanged(List<UUID> changedIds);
}
