package cn.xuchang.ems.data.io;

import java.nio.charset.Charset;
import java.util.Optional;

/**
 * Choices the user may make about reading a source.
 *
 * @param charset text encoding, when the user knows better than the detection
 * @param sheet   worksheet name (XLSX); the first sheet when empty
 */
public record ReadOptions(Optional<Charset> charset, Optional<String> sheet) {
    /** Detect everything. */
    public static ReadOptions defaults() {
        return new ReadOptions(Optional.empty(), Optional.empty());
    }
}
