package cn.xuchang.ems.app.cli;

import cn.xuchang.ems.app.ui.UiOptions;
import cn.xuchang.ems.app.ui.XemsApplication;
import cn.xuchang.ems.app.ui.i18n.Messages;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code xems open}: opens the map window (also what plain {@code xems} does). */
@Command(name = "open", description = "Open the map window (default when no subcommand is given).")
public final class OpenCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir = new DataDirOption();

    @Option(names = "--lang", description = "UI language: zh (default) or en")
    String lang;

    @ParentCommand
    XemsCommand parent;

    @Option(names = "--exit-after-first-frame",
            description = "smoke test: print first-frame-ms=<ms since JVM start> when the first map frame "
                    + "with data is shown, then exit")
    boolean exitAfterFirstFrame;

    @Override
    public Integer call() {
        // like --data-dir, --lang may also stand before the subcommand: xems --lang en open
        String language = lang != null ? lang : parent != null ? parent.lang : null;
        return open(dataDir, language, exitAfterFirstFrame);
    }

    int open(DataDirOption dir, String language, boolean exitAfterFirst) {
        Messages.localeOf(language); // a bad --lang fails here, before a window opens (exit 2)
        return XemsApplication.launch(new UiOptions(dir.resolve(), language, exitAfterFirst));
    }
}
