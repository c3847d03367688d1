package cn.xuchang.ems.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How the UI benchmark puts a stall down to the code, the collector or the machine. */
class StallTest {
    private static final int BUDGET = 50;

    private static FxStallWatchdog.StackSample sample(Thread.State state, String... frames) {
        StackTraceElement[] f = new StackTraceElement[frames.length];
        for (int i = 0; i < frames.length; i++) {
            int dot = frames[i].lastIndexOf('.');
            f[i] = new StackTraceElement(frames[i].substring(0, dot), frames[i].substring(dot + 1), "X.java", 10 + i);
        }
        return new FxStallWatchdog.StackSample(0, state, f);
    }

    private static final FxStallWatchdog.StackSample COMPUTING = sample(Thread.State.RUNNABLE,
            "javafx.css.SimpleSelector.applies", "javafx.scene.Node.reapplyCss",
            "com.sun.javafx.event.EventUtil.fireEvent", "cn.xuchang.ems.app.ui.map.MapView.setSelection",
            "cn.xuchang.ems.app.ui.MainWindow.showSelection");
    private static final FxStallWatchdog.StackSample PAINT_WAIT = sample(Thread.State.WAITING,
            "jdk.internal.misc.Unsafe.park", "java.util.concurrent.locks.LockSupport.park",
            "com.sun.javafx.tk.quantum.PaintCollector.waitForRenderingToComplete", "javafx.scene.Scene$ScenePulseListener.pulse");
    private static final FxStallWatchdog.StackSample IDLE = sample(Thread.State.WAITING,
            "java.lang.Object.wait", "java.lang.Object.wait", "com.sun.glass.ui.monocle.RunnableQueue.getNextRunnable",
            "com.sun.glass.ui.monocle.RunnableProcessor.runLoop");

    @Test
    void theFxThreadComputingForMostOfTheBudgetIsTheCodesStallWithItsCallersInTheShortStack() {
        Stall s = Stall.of("box-select", 90, 0, 70, 2, List.of(COMPUTING, COMPUTING), BUDGET);
        assertThat(s.cause()).isEqualTo("fx-code");
        assertThat(s.codeDefect()).isTrue();
        assertThat(s.stack()).containsExactly("SimpleSelector.applies:10", "Node.reapplyCss:11",
                "MapView.setSelection:13", "MainWindow.showSelection:14");
    }

    @Test
    void theSameStackWithLittleCpuIsTheMachinesAndACollectionThatExplainsItIsTheCollectors() {
        assertThat(Stall.of("drag", 90, 0, 12, 2, List.of(COMPUTING), BUDGET).cause()).isEqualTo("machine");
        assertThat(Stall.of("drag", 90, 45, 70, 2, List.of(COMPUTING), BUDGET).cause()).isEqualTo("gc");
    }

    @Test
    void waitingForThePainterIsPaintWhenItPaintedAndTheMachineWhenNeitherThreadRan() {
        assertThat(Stall.of("drag", 80, 0, 5, 60, List.of(PAINT_WAIT), BUDGET).cause()).isEqualTo("paint");
        assertThat(Stall.of("drag", 80, 0, 5, 10, List.of(PAINT_WAIT), BUDGET).cause()).isEqualTo("machine");
        assertThat(Stall.of("drag", 80, 0, 1, 1, List.of(IDLE, IDLE), BUDGET).cause()).isEqualTo("machine");
    }
}
