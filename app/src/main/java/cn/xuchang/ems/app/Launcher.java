package cn.xuchang.ems.app;

import cn.xuchang.ems.app.cli.XemsCommand;

/**
 * Entry point of the {@code xems} launcher. Deliberately not a JavaFX {@code Application}: the
 * command-line subcommands must run without a display, and JavaFX on the class path needs a
 * non-Application main class.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        System.exit(XemsCommand.run(args));
    }
}
