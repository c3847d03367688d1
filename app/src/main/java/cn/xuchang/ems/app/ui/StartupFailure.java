package cn.xuchang.ems.app.ui;

import cn.xuchang.ems.app.ui.i18n.Messages;
import cn.xuchang.ems.data.store.DatabaseInUseException;
import java.nio.file.Path;

/**
 * What the user is told when the map cannot start: a translated header and message for the dialog,
 * one plain line for stderr, and the process exit code. No stack traces: the message says what
 * happened and what to do.
 *
 * @param header   short dialog header
 * @param message  dialog text
 * @param exitCode non-zero process exit code
 */
public record StartupFailure(String header, String message, int exitCode) {
    /** Exit code when the data folder is already open elsewhere. */
    public static final int EXIT_IN_USE = 3;
    /** Exit code for any other start-up failure. */
    public static final int EXIT_FAILURE = 1;

    /** Explains {@code error}, thrown while opening {@code dataDir}. */
    public static StartupFailure of(Throwable error, Path dataDir, Messages messages) {
        DatabaseInUseException inUse = find(error);
        if (inUse != null) {
            return new StartupFailure(messages.get("error.inUse.header"),
                    messages.get("error.inUse", String.valueOf(dataDir)), EXIT_IN_USE);
        }
        String reason = error.getMessage() != null ? error.getMessage() : error.getClass().getSimpleName();
        return new StartupFailure(messages.get("error.open.header"),
                messages.get("error.open", String.valueOf(dataDir), reason), EXIT_FAILURE);
    }

    /** The one line for stderr. */
    public String line() {
        return "xems: " + message.replace('\n', ' ');
    }

    private static DatabaseInUseException find(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof DatabaseInUseException d) {
                return d;
            }
        }
        return null;
    }
}
