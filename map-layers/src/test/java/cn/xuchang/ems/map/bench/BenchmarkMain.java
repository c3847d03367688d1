package cn.xuchang.ems.map.bench;

import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the analysis benchmarks, short enough for a shared 2-core machine (1 fork, 3 × 2 s warm-up,
 * 5 × 2 s measurement, sample mode: medians and percentiles per call):
 * <pre>mvn -q -pl map-layers -am test-compile -Pbench</pre>
 * An optional argument narrows the run by regular expression, e.g. {@code -Dbench.include=Nearest}.
 */
public final class BenchmarkMain {

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws RunnerException {
        String include = args.length > 0 && !args[0].isBlank() ? args[0] : "cn.xuchang.ems.map.bench.*";
        Options options = new OptionsBuilder()
                .include(include)
                .forks(1)
                .warmupIterations(3)
                .warmupTime(TimeValue.seconds(2))
                .measurementIterations(5)
                .measurementTime(TimeValue.seconds(2))
                .jvmArgsAppend("-Xmx2g")
                .build();
        new Runner(options).run();
    }
}
