package cn.xuchang.ems.app.ui.map;

import cn.xuchang.ems.map.projection.Viewport;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Plays zoom steps smoothly: one intermediate view per screen frame for {@link #STEP_MILLIS}, then
 * the exact end view. A notch that arrives while a step plays is added to its target (a quick
 * flick of the wheel zooms by all its notches, in one smooth movement), as web maps and QGIS do.
 * Per frame it only computes a viewport; the map view scales the last frame to it and asks the
 * engine for a new frame once the step has ended.
 *
 * <p>FX thread only.
 */
final class ZoomAnimator {
    /** How long a zoom step plays, milliseconds (a new notch restarts the clock). */
    static final long STEP_MILLIS = 150;

    /** Where the animator shows a view: {@code last} is true for the end view of a step. */
    interface ViewSink {
        void show(Viewport view, boolean last);
    }

    private final Supplier<Viewport> current;
    private final ViewSink sink;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            frame();
        }
    };
    private ZoomTransition transition;
    private long startNanos;

    ZoomAnimator(Supplier<Viewport> current, ViewSink sink) {
        this.current = current;
        this.sink = sink;
    }

    /** True while a step plays. */
    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Starts a step zooming by {@code factor} at screen position (x, y), or adds it to the step playing. */
    void zoomBy(double factor, double x, double y) {
        Viewport v = current.get();
        if (v == null) {
            return;
        }
        transition = running.get() ? transition.andThen(v, factor, x, y) : ZoomTransition.zoomBy(v, factor, x, y);
        // the clock reads System.nanoTime, not the pulse time, so a notch between pulses starts at once
        startNanos = System.nanoTime();
        if (!running.get()) {
            running.set(true);
            timer.start();
        }
    }

    /** Shows the end view of the step playing at once (a drag or a key wants a settled view). */
    void finish() {
        if (running.get()) {
            ZoomTransition t = transition;
            halt();
            sink.show(t.end(), true);
        }
    }

    /** Stops the step playing where it is (another command set the view), showing nothing more. */
    void halt() {
        if (running.get()) {
            timer.stop();
            running.set(false);
            transition = null;
        }
    }

    private void frame() {
        Viewport now = current.get();
        if (now != null && (now.width() != transition.start().width() || now.height() != transition.start().height())) {
            // the window was resized mid-step: carry on from the resized view towards the same scale
            transition = new ZoomTransition(now, transition.anchorX(), transition.anchorY(),
                    transition.targetMetresPerPixel());
            startNanos = System.nanoTime();
        }
        double t = (System.nanoTime() - startNanos) / (STEP_MILLIS * 1e6);
        if (t >= 1) {
            finish();
        } else {
            sink.show(transition.at(t), false);
        }
    }
}
