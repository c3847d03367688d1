package cn.xuchang.ems.data.workspace;

import java.nio.file.Path;
import java.util.Locale;

/** Where the per-user data folder lives on each operating system. */
final class DataDirectories {
    private static final String FOLDER = "XuchangEMS";

    private DataDirectories() {
    }

    static Path defaultDataDir() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.contains("win")) {
            String appData = System.getenv("LOCALAPPDATA");
            return Path.of(appData != null ? appData : home, FOLDER).toAbsolutePath();
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", FOLDER).toAbsolutePath();
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share");
        return base.resolve("xuchang-ems").toAbsolutePath();
    }
}
