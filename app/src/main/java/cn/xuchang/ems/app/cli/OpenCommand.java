package cn.xuchang.ems.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code xems open}: opens the map window (also what plain {@code xems} does). */
@Command(name = "open", description = "Open the map window (default when no subcommand is given).")
public final class OpenCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir = new DataDirOption();

    @Option(names = "--lang", description = "UI language: zh (default) or en")
    String lang = "zh";

    @Override
    public Integer call() {
        return open(dataDir, lang);
    }

    int open(DataDirOption dir, String language) {
        throw new UnsupportedOperationException("map window not written yet");
    }
}
