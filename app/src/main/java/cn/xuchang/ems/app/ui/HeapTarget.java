package cn.xuchang.ems.app.ui;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;
import java.util.OptionalLong;

/**
 * Keeps the window's heap near 512 MB once the map is on screen. Left alone, ZGC lets the heap grow
 * far beyond what the app holds (1.9 GB committed for 320 MB live with 100,000 points, UI benchmark).
 * {@code -XX:SoftMaxHeapSize} fixes that but, given at launch, made the cold start about 110 ms
 * slower (collections while the data loads), so it is set here, after the first frame: the flag is
 * manageable at run time. The command line keeps a free heap for its batch jobs.
 */
final class HeapTarget {
    /** Heap the collector aims to stay under, bytes; it may grow past it when it must. */
    static final long SOFT_MAX_BYTES = 512L << 20;

    private HeapTarget() {
    }

    /**
     * The soft heap maximum to set: none when the collector is not ZGC (the others do not take it),
     * when the user gave one, or when the heap cannot grow past the target anyway.
     */
    static OptionalLong target(boolean zgc, boolean userSet, long maxHeapBytes) {
        if (!zgc || userSet || maxHeapBytes <= SOFT_MAX_BYTES) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(SOFT_MAX_BYTES);
    }

    /** Sets the soft heap maximum of this JVM where {@link #target} gives one; returns what it set. */
    static OptionalLong apply() {
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        boolean zgc = Boolean.parseBoolean(vm.getVMOption("UseZGC").getValue());
        // ZGC itself sets it to the maximum heap (ergonomic): only another origin is someone's choice
        VMOption.Origin origin = vm.getVMOption("SoftMaxHeapSize").getOrigin();
        boolean userSet = origin != VMOption.Origin.DEFAULT && origin != VMOption.Origin.ERGONOMIC;
        OptionalLong target = target(zgc, userSet, Runtime.getRuntime().maxMemory());
        target.ifPresent(bytes -> vm.setVMOption("SoftMaxHeapSize", Long.toString(bytes)));
        return target;
    }
}
