package cn.xuchang.ems.data.io;

/**
 * Receives progress of a running import and may cancel it. Called on the importing thread: a UI
 * hands the numbers to its own thread.
 */
public interface ImportProgress {
    /** {@code done} of {@code total} rows are through {@code phase} ("validate", "store"). */
    void update(String phase, long done, long total);

    /** Polled between rows; returning true rolls the import back and ends it with a cancellation. */
    default boolean cancelled() {
        return false;
    }

    /** Ignores progress, never cancels. */
    ImportProgress NONE = (phase, done, total) -> { };
}
