package cn.xuchang.ems.app.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The garbage collections of this JVM while it listens (through the collectors' MXBean
 * notifications), placed on the {@link System#nanoTime()} clock so that an FX-thread stall can be
 * checked against them: a stall that a collection explains is the machine's, not the code's. The
 * notice comes on a service thread just after the collection; its lag (about a millisecond, more
 * on a busy machine) shifts a pause that much later.
 */
public final class GcPauses implements AutoCloseable {
    /** One collection: when, how long, which collector and why. */
    public record Pause(long startNanos, long endNanos, String collector, String action, String cause) {
        /** Duration in milliseconds. */
        public double ms() {
            return (endNanos - startNanos) / 1e6;
        }
    }

    private final List<Pause> pauses = Collections.synchronizedList(new ArrayList<>());
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = this::collected;

    /** Starts listening to every collector. */
    public GcPauses() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter e) {
                e.addNotificationListener(listener, null, null);
                emitters.add(e);
            }
        }
    }

    private void collected(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
        }
        // placed by when the notice came (right after the collection) rather than by GcInfo's start
        // time, whose origin need not be the one RuntimeMXBean's uptime counts from
        long end = System.nanoTime();
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        long start = end - info.getGcInfo().getDuration() * 1_000_000L;
        pauses.add(new Pause(start, end, info.getGcName(), info.getGcAction(), info.getGcCause()));
    }

    /** Collections that began in {@code [from, to)}. */
    public List<Pause> between(long from, long to) {
        synchronized (pauses) {
            return pauses.stream().filter(p -> p.startNanos() >= from && p.startNanos() < to).toList();
        }
    }

    /** How much of {@code [from, to]} collections took, ms. */
    public double overlapMs(long from, long to) {
        synchronized (pauses) {
            return pauses.stream()
                    .mapToLong(p -> Math.max(0, Math.min(to, p.endNanos()) - Math.max(from, p.startNanos())))
                    .sum() / 1e6;
        }
    }

    @Override
    public void close() {
        for (NotificationEmitter e : emitters) {
            try {
                e.removeNotificationListener(listener);
            } catch (ListenerNotFoundException ignored) {
                // never added: nothing to remove
            }
        }
    }
}
