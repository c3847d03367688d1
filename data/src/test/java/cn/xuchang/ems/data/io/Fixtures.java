package cn.xuchang.ems.data.io;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Paths of the fixture files under src/test/resources/io. */
public final class Fixtures {
    private Fixtures() {
    }

    /** The fixture at {@code io/<relative>}. */
    public static Path path(String relative) {
        try {
            return Path.of(Fixtures.class.getResource("/io/" + relative).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing fixture io/" + relative, e);
        }
    }
}
