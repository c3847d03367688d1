package cn.xuchang.ems.app.ui;

import java.lang.management.ManagementFactory;

/**
 * Start-up milestones in milliseconds since the JVM started, printed to stderr when the system
 * property {@code xems.trace.startup} is true (e.g. {@code XEMS_JAVA_OPTS=-Dxems.trace.startup=true}),
 * to see where a cold start spends its time. Silent and nearly free otherwise. Thread-safe.
 */
public final class StartupTrace {
    private static final boolean ON = Boolean.getBoolean("xems.trace.startup");

    private StartupTrace() {
    }

    /** Notes that {@code milestone} was reached now. */
    public static void mark(String milestone) {
        if (ON) {
            long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
            System.err.println("startup " + sinceJvmStart() + " ms: " + milestone + " (" + Thread.currentThread().getName()
                    + " CPU " + cpu + " ms)");
        }
    }

    /** Milliseconds since the JVM started. */
    public static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
