package cn.xuchang.ems.data.store;

import java.nio.file.Path;

/** Thrown when another program (usually a second xems window) already has the database open. */
public class DatabaseInUseException extends StoreException {
    private static final long serialVersionUID = 1L;
    private final transient Path dataDir;

    public DatabaseInUseException(Path dataDir, Throwable cause) {
        super("The database in " + dataDir + " is already open in another Xuchang EMS Map window or process. "
                + "Close the other instance, or start this one with --data-dir pointing to another folder.", cause);
        this.dataDir = dataDir;
    }

    /** The data folder that is in use. */
    public Path dataDir() {
        return dataDir;
    }
}
