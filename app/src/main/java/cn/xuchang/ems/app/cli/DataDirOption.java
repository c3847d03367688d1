package cn.xuchang.ems.app.cli;

import cn.xuchang.ems.data.workspace.Workspace;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data-dir DIR} option every subcommand takes. */
public final class DataDirOption {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "data folder with the database (default: the per-user data folder)")
    Path dataDir;

    /** The chosen data folder, absolute. */
    public Path resolve() {
        return dataDir != null ? dataDir.toAbsolutePath() : Workspace.defaultDataDir();
    }

    /** Opens the workspace in the chosen folder (creating it with sample data on first use). */
    public Workspace open() {
        return Workspace.open(resolve());
    }
}
