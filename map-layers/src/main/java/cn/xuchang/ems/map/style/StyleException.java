package cn.xuchang.ems.map.style;

/** A style file could not be read; the message names the file and line and says what to write instead. */
public final class StyleException extends IllegalArgumentException {
    private final String file;
    private final int line;

    /** A problem on {@code line} (1-based; 0 for the file as a whole) of {@code file}. */
    public StyleException(String file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
    }

    /** Name of the style file. */
    public String file() {
        return file;
    }

    /** 1-based line of the problem, 0 when it concerns the whole file. */
    public int line() {
        return line;
    }
}
