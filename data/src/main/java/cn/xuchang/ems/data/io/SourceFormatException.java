package cn.xuchang.ems.data.io;

import java.nio.file.Path;

/**
 * A source file that cannot be read at all (not JSON, truncated, wrong record count...). The
 * message names the file and, where known, the place, and says how to fix it.
 */
public class SourceFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;
    private final String detail;

    public SourceFormatException(Path file, String message) {
        super(file.getFileName() + ": " + message);
        this.file = file;
        this.detail = message;
    }

    public SourceFormatException(Path file, String message, Throwable cause) {
        super(file.getFileName() + ": " + message, cause);
        this.file = file;
        this.detail = message;
    }

    /** The message without the file name. */
    public String detail() {
        return detail;
    }

    /** The file that could not be read. */
    public Path file() {
        return file;
    }
}
