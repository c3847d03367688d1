package cn.xuchang.ems.app.bench;

import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.robot.Robot;

/**
 * Mouse, wheel and keyboard at a human pace: like a real device, each input is handed to the
 * toolkit and the hand moves on without waiting for the FX thread to have dealt with it (TestFX's
 * robot waits for the FX thread after every step, which would hide a busy FX thread from the probe).
 */
final class UserHand {
    /** A mouse reports about 60 times a second. */
    static final long MOUSE_STEP_MS = 16;
    /** A quick turn of the wheel. */
    static final long WHEEL_NOTCH_MS = 50;

    private final Robot robot;

    UserHand(BenchWindow w) {
        this.robot = w.fx(Robot::new);
    }

    void moveTo(Point2D p) throws InterruptedException {
        Platform.runLater(() -> robot.mouseMove(p));
        Thread.sleep(MOUSE_STEP_MS);
    }

    void press() throws InterruptedException {
        Platform.runLater(() -> robot.mousePress(MouseButton.PRIMARY));
        Thread.sleep(MOUSE_STEP_MS);
    }

    void release() throws InterruptedException {
        Platform.runLater(() -> robot.mouseRelease(MouseButton.PRIMARY));
        Thread.sleep(MOUSE_STEP_MS);
    }

    /** Moves to {@code p} and clicks the primary button there. */
    void click(Point2D p) throws InterruptedException {
        moveTo(p);
        press();
        release();
    }

    /** Drags from {@code from} by ({@code dx}, {@code dy}) in {@code steps} mouse reports. */
    void drag(Point2D from, double dx, double dy, int steps) throws InterruptedException {
        moveTo(from);
        press();
        for (int s = 1; s <= steps; s++) {
            double f = (double) s / steps;
            moveTo(from.add(dx * f, dy * f));
        }
        release();
    }

    /** One wheel notch: up (away from the user) zooms in. */
    void wheel(boolean up) throws InterruptedException {
        Platform.runLater(() -> robot.mouseWheel(up ? -1 : 1));
        Thread.sleep(WHEEL_NOTCH_MS);
    }

    /** Presses and releases {@code key}. */
    void type(KeyCode key) throws InterruptedException {
        Platform.runLater(() -> robot.keyType(key));
        Thread.sleep(MOUSE_STEP_MS);
    }
}
