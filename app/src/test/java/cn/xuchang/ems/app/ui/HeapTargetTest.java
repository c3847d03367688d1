package cn.xuchang.ems.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

class HeapTargetTest {
    private static final long GB = 1L << 30;

    @Test
    void aimsAt512MegabytesOnlyOnZgcWhenTheUserLeftItAndTheHeapMayGrowPastIt() {
        assertThat(HeapTarget.target(true, false, 6 * GB)).hasValue(512L << 20);
        assertThat(HeapTarget.target(false, false, 6 * GB)).as("G1 and the others do not take it").isEmpty();
        assertThat(HeapTarget.target(true, true, 6 * GB)).as("the user's own -XX:SoftMaxHeapSize stays").isEmpty();
        assertThat(HeapTarget.target(true, false, 400L << 20)).as("an -Xmx below the target").isEmpty();
    }

    /** Run in a JVM of its own: prints what {@link HeapTarget#apply()} set and the flag afterwards. */
    public static final class OnThisJvm {
        public static void main(String[] args) {
            var set = HeapTarget.apply();
            String now = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                    .getVMOption("SoftMaxHeapSize").getValue();
            System.out.println((set.isPresent() ? set.getAsLong() : -1) + " " + now);
        }
    }

    private static String onJvmWith(String... options) throws Exception {
        java.util.List<String> cmd = new java.util.ArrayList<>();
        cmd.add(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(java.util.List.of(options));
        cmd.addAll(java.util.List.of("-Xmx2g", "-cp", System.getProperty("java.class.path"), OnThisJvm.class.getName()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim();
        assertThat(p.waitFor()).as(out).isZero();
        return out;
    }

    @Test
    void setsTheSoftMaximumOnZgcAsTheAppRunsButKeepsOneTheUserGave() throws Exception {
        long target = HeapTarget.SOFT_MAX_BYTES;
        assertThat(onJvmWith("-XX:+UseZGC")).isEqualTo(target + " " + target);
        long users = 300L << 20;
        assertThat(onJvmWith("-XX:+UseZGC", "-XX:SoftMaxHeapSize=" + users)).isEqualTo("-1 " + users);
        assertThat(onJvmWith("-XX:+UseG1GC")).startsWith("-1 ");
    }
}
