package cn.xuchang.ems.data.io.bench;

import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.data.io.ImportProgress;
import cn.xuchang.ems.data.io.ImportReport;
import cn.xuchang.ems.data.io.ImportRequest;
import cn.xuchang.ems.data.io.ResourceImport;
import cn.xuchang.ems.data.store.DerbyResourceStore;
import cn.xuchang.ems.data.store.InMemoryResourceStore;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * 100,000 CSV rows (schools with Chinese names, lon/lat, pupils, phone, plan flag): our full import
 * (read, detect encoding and CRS, map, validate every row, one Derby transaction) against GDAL's
 * {@code ogr2ogr} turning the same CSV into a GeoPackage, in the same run. The in-memory import shows
 * how much of the time is Derby.
 *
 * <p>Run: {@code mvn -q -pl data test-compile -Pbench-import} (needs ogr2ogr on the PATH).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
@Warmup(iterations = 1)
@Measurement(iterations = 5)
public class CsvImportBenchmark {

    @Param("100000")
    int rows;

    Path dir;
    Path csv;
    int runs;

    @Setup(Level.Trial)
    public void writeCsv() throws IOException {
        dir = Files.createTempDirectory("xems-bench");
        csv = dir.resolve("schools.csv");
        Random random = new Random(42);
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("名称,经度,纬度,学生数,联系电话,应急预案\n");
            for (int i = 0; i < rows; i++) {
                w.write(String.format(Locale.ROOT, "许昌市第%d小学,%.6f,%.6f,%d,0374-%07d,%s%n", i,
                        113.1 + random.nextDouble() * 1.3, 33.7 + random.nextDouble() * 0.7, 100 + random.nextInt(3000),
                        random.nextInt(10_000_000), random.nextBoolean() ? "是" : "否"));
            }
        }
    }

    @TearDown(Level.Trial)
    public void removeFiles() throws IOException {
        deleteTree(dir);
    }

    /** A fresh, empty Derby database per measured import. */
    @State(Scope.Thread)
    public static class FreshDerby {
        Path dbDir;
        DerbyResourceStore store;

        @Setup(Level.Invocation)
        public void open() throws IOException {
            dbDir = Files.createTempDirectory("xems-bench-db").resolve("db");
            store = DerbyResourceStore.open(dbDir);
        }

        @TearDown(Level.Invocation)
        public void close() throws IOException {
            store.close();
            deleteTree(dbDir.getParent());
        }
    }

    @Benchmark
    public int importIntoDerby(FreshDerby derby) throws IOException {
        return check(new ResourceImport(derby.store, Optional.empty(), Clock.systemUTC())
                .run(ImportRequest.of(csv, ResourceKind.SCHOOL, "bench"), ImportProgress.NONE));
    }

    @Benchmark
    public int importIntoMemory() throws IOException {
        return check(new ResourceImport(new InMemoryResourceStore(), Optional.empty(), Clock.systemUTC())
                .run(ImportRequest.of(csv, ResourceKind.SCHOOL, "bench"), ImportProgress.NONE));
    }

    /** Baseline: GDAL converts the same CSV to a GeoPackage (no validation, no typed attributes). */
    @Benchmark
    public int ogr2ogrCsvToGeoPackage() throws IOException, InterruptedException {
        Path out = dir.resolve("ogr" + (runs++) + ".gpkg");
        Process p = new ProcessBuilder("ogr2ogr", "-f", "GPKG", out.toString(), csv.toString(),
                "-oo", "X_POSSIBLE_NAMES=经度", "-oo", "Y_POSSIBLE_NAMES=纬度", "-oo", "AUTODETECT_TYPE=YES",
                "-a_srs", "EPSG:4490", "-nln", "schools").inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("ogr2ogr failed with exit code " + p.exitValue());
        }
        return (int) Files.size(out);
    }

    private int check(ImportReport report) {
        if (report.stored() != rows) {
            throw new IllegalStateException("import stored " + report.stored() + " of " + rows + ": " + report.errors());
        }
        return report.stored();
    }

    static void deleteTree(Path root) throws IOException {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    public static void main(String[] args) throws RunnerException {
        String include = args.length > 0 ? args[0] : CsvImportBenchmark.class.getName();
        new Runner(new OptionsBuilder().include(include).build()).run();
    }
}
