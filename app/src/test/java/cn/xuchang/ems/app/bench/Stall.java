package cn.xuchang.ems.app.bench;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One stretch in which the FX thread answered nothing for longer than the budget, with what it was
 * doing (the commonest stack of its samples) and whether the machine explains it.
 *
 * @param action      the scripted action during which it began
 * @param ms          how long the FX thread was silent (the delay of the first post it kept waiting)
 * @param gcMs        how much of it garbage collection took
 * @param fxCpuMs     CPU time the FX thread used meanwhile (-1 unknown)
 * @param renderCpuMs CPU time Prism's render thread used meanwhile (-1 unknown)
 * @param samples     stack samples taken during it
 * @param cause       {@code fx-code} (the FX thread computed for longer than most of the budget),
 *                    {@code paint} (it waited that long for the render thread painting the scene),
 *                    {@code fx-waits} (it waited for something else), {@code gc}, {@code machine}
 *                    (it, or the painter it waited for, used little CPU: kept off it by other work;
 *                    also when even the watchdog got no CPU to take a sample)
 * @param stack       the commonest short stack, innermost first
 * @param frames      the same sample's first frames in full, for a closer look
 */
public record Stall(String action, double ms, double gcMs, double fxCpuMs, double renderCpuMs, int samples, String cause,
                    List<String> stack, List<String> frames) {

    /** Frames of the toolkit's event loop and dispatch that say nothing about who stalled. */
    private static final List<String> PLUMBING = List.of("java.", "jdk.", "sun.", "com.sun.javafx.event.",
            "javafx.event.", "com.sun.javafx.application.", "com.sun.glass.", "com.sun.javafx.tk.quantum.GlassScene",
            "org.testfx.");
    /**
     * A stall is the code's when the FX thread (or the painter it waited for) used more CPU in it than
     * this share of the budget: on an idle machine it would then take about as long. With less, the
     * thread was mostly kept off the CPU. The share allows for the watchdog's 5 ms reading steps.
     */
    private static final double CPU_SHARE_OF_BUDGET = 0.8;

    /** Classifies a stall of {@code ms} from its samples, the collections and the threads' CPU time. */
    static Stall of(String action, double ms, double gcMs, double fxCpuMs, double renderCpuMs,
                    List<FxStallWatchdog.StackSample> samples, int budgetMs) {
        StackTraceElement[] typical = typical(samples);
        List<String> frames = Arrays.stream(typical).limit(30).map(Stall::brief).toList();
        double own = ms - gcMs;
        String cause;
        double cpuLimit = budgetMs * CPU_SHARE_OF_BUDGET;
        if (own <= budgetMs) {
            cause = "gc";
        } else if (samples.isEmpty()) {
            // the watchdog itself got no CPU for the whole stall
            cause = fxCpuMs > cpuLimit ? "fx-code" : "machine";
        } else if (mostly(samples, Stall::idle)) {
            // waiting for work while a post was queued: the thread was woken but not scheduled
            cause = "machine";
        } else if (mostly(samples, Stall::waitsForPaint)) {
            cause = fxCpuMs + renderCpuMs > cpuLimit ? "paint" : "machine";
        } else if (mostly(samples, Stall::waits)) {
            cause = "fx-waits";
        } else {
            cause = fxCpuMs < 0 || fxCpuMs > cpuLimit ? "fx-code" : "machine";
        }
        return new Stall(action, ms, gcMs, fxCpuMs, renderCpuMs, samples.size(), cause, shortStack(typical), frames);
    }

    private static boolean mostly(List<FxStallWatchdog.StackSample> samples,
                                  java.util.function.Predicate<FxStallWatchdog.StackSample> p) {
        return samples.stream().filter(p).count() * 2 > samples.size();
    }

    private static boolean idle(FxStallWatchdog.StackSample s) {
        return s.state() != Thread.State.RUNNABLE && Arrays.stream(s.frames()).limit(6)
                .anyMatch(f -> f.getClassName().endsWith("RunnableProcessor") || f.getClassName().endsWith("GtkApplication"));
    }

    /** Parked or waiting on a monitor (not merely caught while handing work to another thread). */
    private static boolean waits(FxStallWatchdog.StackSample s) {
        if (s.state() == Thread.State.RUNNABLE || s.frames().length == 0) {
            return false;
        }
        String top = s.frames()[0].getMethodName();
        return top.equals("park") || top.equals("wait") || top.equals("wait0") || top.equals("sleep");
    }

    private static boolean waitsForPaint(FxStallWatchdog.StackSample s) {
        return s.state() != Thread.State.RUNNABLE && Arrays.stream(s.frames()).limit(8)
                .anyMatch(f -> f.getMethodName().equals("waitForRenderingToComplete"));
    }

    /** Whether the code on the FX thread is to blame (not the collector, not the machine). */
    public boolean codeDefect() {
        return cause.equals("fx-code") || cause.equals("fx-waits") || cause.equals("paint");
    }

    /** The stack as one line, for grouping and the table. */
    public String stackLine() {
        return String.join(" < ", stack);
    }

    /** The frames of the sample whose short stack is the commonest. */
    private static StackTraceElement[] typical(List<FxStallWatchdog.StackSample> samples) {
        if (samples.isEmpty()) {
            return new StackTraceElement[0];
        }
        Map<List<String>, List<FxStallWatchdog.StackSample>> bySignature = samples.stream()
                .collect(Collectors.groupingBy(s -> shortStack(s.frames())));
        return bySignature.values().stream().max(Comparator.comparingInt(List::size))
                .map(l -> l.get(0).frames()).orElse(new StackTraceElement[0]);
    }

    /**
     * The two innermost frames (what it was doing) and then up to four frames of our code or JavaFX
     * outside its plumbing (who asked for it), innermost first.
     */
    static List<String> shortStack(StackTraceElement[] frames) {
        List<String> out = new java.util.ArrayList<>();
        Arrays.stream(frames).limit(2).map(Stall::brief).forEach(out::add);
        Arrays.stream(frames).skip(2)
                .filter(f -> PLUMBING.stream().noneMatch(p -> f.getClassName().startsWith(p)))
                .limit(4)
                .map(Stall::brief)
                .forEach(out::add);
        return out;
    }

    private static String brief(StackTraceElement f) {
        String cls = f.getClassName();
        String simple = cls.substring(cls.lastIndexOf('.') + 1);
        return simple + "." + f.getMethodName() + (f.getLineNumber() > 0 ? ":" + f.getLineNumber() : "");
    }
}
