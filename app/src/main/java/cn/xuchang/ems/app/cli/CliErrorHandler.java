package cn.xuchang.ems.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns failures into one clear line on stderr: bad arguments (including an
 * {@link IllegalArgumentException} from a command) exit 2, anything else exits 1.
 */
final class CliErrorHandler implements IExecutionExceptionHandler {

    static final int EXIT_BAD_ARGUMENTS = 2;
    static final int EXIT_FAILURE = 1;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        if (ex instanceof IllegalArgumentException || ex instanceof ParameterException) {
            cmd.getErr().println("xems " + cmd.getCommandName() + ": " + ex.getMessage());
            return EXIT_BAD_ARGUMENTS;
        }
        String message = ex.getMessage() != null ? ex.getMessage() : ex.toString();
        cmd.getErr().println("xems " + cmd.getCommandName() + ": error: " + message);
        if (Boolean.getBoolean("xems.debug")) {
            ex.printStackTrace(cmd.getErr());
        }
        return EXIT_FAILURE;
    }

    static int handleParameterError(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        cmd.getErr().println("xems " + cmd.getCommandName() + ": " + ex.getMessage());
        cmd.getErr().println("Try 'xems " + (cmd.getParent() != null ? cmd.getCommandName() + " " : "") + "--help'.");
        return EXIT_BAD_ARGUMENTS;
    }
}
