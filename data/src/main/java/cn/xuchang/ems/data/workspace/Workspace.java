package cn.xuchang.ems.data.workspace;

import cn.xuchang.ems.data.store.ResourceStore;
import java.nio.file.Path;

/**
 * An opened data folder: the Derby database inside it (created and filled with the sample Xuchang
 * data on first start, migrated on later starts) and the store over it.
 */
public final class Workspace implements AutoCloseable {
    private final Path dataDir;
    private final ResourceStore store;

    Workspace(Path dataDir, ResourceStore store) {
        this.dataDir = dataDir;
        this.store = store;
    }

    /** Opens (creating on first start) the workspace in {@code dataDir}. */
    public static Workspace open(Path dataDir) {
        throw new UnsupportedOperationException("being written by the lead");
    }

    /** The per-user default data folder. */
    public static Path defaultDataDir() {
        return DataDirectories.defaultDataDir();
    }

    /** The data folder. */
    public Path dataDir() {
        return dataDir;
    }

    /** The resource store of this workspace. */
    public ResourceStore store() {
        return store;
    }

    @Override
    public void close() {
        store.close();
    }
}
