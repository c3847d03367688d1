package cn.xuchang.ems.data.workspace;

import cn.xuchang.ems.data.sample.SampleGenerator;
import cn.xuchang.ems.data.sample.XuchangBaseMap;
import cn.xuchang.ems.data.store.DerbyResourceStore;
import cn.xuchang.ems.data.store.ResourceStore;
import java.nio.file.Path;

/**
 * An opened data folder: the Derby database inside it (created and filled with the sample Xuchang
 * data on first start, migrated on later starts) and the store over it.
 */
public final class Workspace implements AutoCloseable {
    /** Folder of the Derby database inside the data folder. */
    public static final String DATABASE_FOLDER = "db";
    private static final String SEEDED_KEY = "sample.seeded";

    private final Path dataDir;
    private final ResourceStore store;

    Workspace(Path dataDir, ResourceStore store) {
        this.dataDir = dataDir;
        this.store = store;
    }

    /** Opens (creating on first start) the workspace in {@code dataDir}. */
    public static Workspace open(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        DerbyResourceStore store = DerbyResourceStore.open(dir.resolve(DATABASE_FOLDER));
        try {
            seedOnFirstStart(store);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return new Workspace(dir, store);
    }

    /**
     * Fills a new database with the bundled base map and the sample resources. Idempotent (fixed ids,
     * replace semantics), so a start interrupted half-way simply seeds again; the marker is written last.
     */
    private static void seedOnFirstStart(DerbyResourceStore store) {
        if (store.meta(SEEDED_KEY).isPresent()) {
            return;
        }
        XuchangBaseMap baseMap = XuchangBaseMap.load();
        store.replaceBaseFeatures(baseMap.features());
        store.saveAll(new SampleGenerator(SampleGenerator.DEFAULT_SEED, baseMap).generate());
        store.putMeta(SEEDED_KEY, "seed=" + SampleGenerator.DEFAULT_SEED);
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
