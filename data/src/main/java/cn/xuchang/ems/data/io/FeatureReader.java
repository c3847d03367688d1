package cn.xuchang.ems.data.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads a source file into raw features. Readers check the file's structure only (a file that is
 * not JSON, a truncated shapefile: {@link SourceFormatException}); the values are checked later by
 * the import validation, which sees every row before anything is stored.
 */
public interface FeatureReader {

    /** Reads the whole file. */
    SourceDataset read(Path file, ReadOptions options) throws IOException;
}
