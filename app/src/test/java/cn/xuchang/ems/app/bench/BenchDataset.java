package cn.xuchang.ems.app.bench;

import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.sample.XuchangBaseMap;
import cn.xuchang.ems.data.workspace.Workspace;
import cn.xuchang.ems.map.bench.TownSpread;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A data folder the benchmark opens the window on: the sample Xuchang workspace as a first start
 * creates it, or that plus {@value #EXTRA_POINTS} point resources spread like real data (dense in
 * town, sparse outside). Folders live under the benchmark's output folder and are reused by later
 * runs; writing the extra points (once) is not measured.
 *
 * @param name    {@code sample} or {@code heavy}
 * @param extra   extra point resources written into the workspace
 */
public record BenchDataset(String name, int extra) {
    static final int EXTRA_POINTS = 100_000;
    private static final long SEED = 20_260_301L;

    /** The dataset called {@code name} ({@code sample} or {@code heavy}). */
    public static BenchDataset named(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "sample" -> new BenchDataset("sample", 0);
            case "heavy" -> new BenchDataset("heavy", EXTRA_POINTS);
            default -> throw new IllegalArgumentException("unknown dataset '" + name + "': use sample or heavy");
        };
    }

    /** Creates (first time only) and returns the data folder of this dataset under {@code root}. */
    public Path prepare(Path root) {
        Path dir = root.resolve("data-" + name).toAbsolutePath();
        try (Workspace ws = Workspace.open(dir)) {
            long before = ws.store().count();
            if (extra > 0 && before < extra) {
                long t0 = System.nanoTime();
                List<Resource> points = TownSpread.resources(XuchangBaseMap.load(), extra, SEED);
                ws.store().saveAll(points);
                System.out.printf(Locale.ROOT, "wrote %,d extra resources into %s in %.1f s (once; not measured)%n",
                        points.size(), dir, (System.nanoTime() - t0) / 1e9);
            }
            System.out.printf(Locale.ROOT, "dataset %s: %,d resources in %s%n", name, ws.store().count(), dir);
        }
        return dir;
    }
}
