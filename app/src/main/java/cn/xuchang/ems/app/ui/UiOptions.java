package cn.xuchang.ems.app.ui;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How the map window was asked to start.
 *
 * @param dataDir             absolute data folder holding the database
 * @param language            {@code zh} (default) or {@code en}
 * @param exitAfterFirstFrame smoke-test / cold-start mode: print {@code first-frame-ms=<ms since JVM start>}
 *                            when the first map frame with data is on screen, then exit 0
 */
public record UiOptions(Path dataDir, String language, boolean exitAfterFirstFrame) {
    public UiOptions {
        Objects.requireNonNull(dataDir, "dataDir");
        language = language == null ? "zh" : language;
    }
}
