package cn.xuchang.ems.app.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code xems} command line. Without a subcommand it opens the map window. Every subcommand
 * takes {@code --data-dir}; errors go to stderr with exit code 2 for bad arguments, 1 for failures.
 * Argument names and JSON output are a published interface: change them only compatibly.
 */
@Command(name = "xems", mixinStandardHelpOptions = true, version = "xems 0.1.0",
        description = "Xuchang EMS Map (许昌应急一张图): offline emergency GIS.",
        subcommands = {
                OpenCommand.class,
                StatsCommand.class,
                RenderCommand.class,
                NearestCommand.class,
                CoverageCommand.class,
                CamerasCommand.class,
                WithinCommand.class,
                SuggestCommand.class,
                RoadsCommand.class,
                RouteCommand.class,
                ServiceAreaCommand.class,
                ExportCommand.class,
                ImportCommand.class,
                UndoImportCommand.class,
                ImportBaseLayerCommand.class,
        })
public final class XemsCommand implements java.util.concurrent.Callable<Integer> {

    @CommandLine.Mixin
    DataDirOption dataDir = new DataDirOption();

    @CommandLine.Option(names = "--lang", description = "UI language: zh (default) or en")
    String lang = "zh";

    @Override
    public Integer call() {
        return new OpenCommand().open(dataDir, lang, false);
    }

    /** Parses and runs {@code args}; returns the process exit code. */
    public static int run(String[] args) {
        return run(args, new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Runs with explicit output streams (tests). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new XemsCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(new CliErrorHandler());
        cl.setParameterExceptionHandler(CliErrorHandler::handleParameterError);
        return cl.execute(args);
    }
}
