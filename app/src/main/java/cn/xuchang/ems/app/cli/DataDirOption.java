package cn.xuchang.ems.app.cli;

import cn.xuchang.ems.data.workspace.Workspace;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --data-dir DIR} option every subcommand takes. It may also stand before the
 * subcommand ({@code xems --data-dir DIR stats}); the nearest one given wins.
 */
public final class DataDirOption {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "data folder with the database (default: the per-user data folder)")
    Path dataDir;

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    /** The chosen data folder, absolute. */
    public Path resolve() {
        if (dataDir != null) {
            return dataDir.toAbsolutePath();
        }
        for (CommandSpec p = mixee == null ? null : mixee.parent(); p != null; p = p.parent()) {
            for (CommandSpec m : p.mixins().values()) {
                if (m.userObject() instanceof DataDirOption d && d.dataDir != null) {
                    return d.dataDir.toAbsolutePath();
                }
            }
        }
        return Workspace.defaultDataDir();
    }

    /** Opens the workspace in the chosen folder (creating it with sample data on first use). */
    public Workspace open() {
        return Workspace.open(resolve());
    }
}
