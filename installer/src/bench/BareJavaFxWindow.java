import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The cold-start baseline of the start-up benchmark: a bare JavaFX window with one label, on the
 * installed app's own runtime and JavaFX jars. Prints first-frame-ms= (from JVM start to the first
 * pulse that drew the window, as xems does) and exits. Not an Application itself: JavaFX on the
 * class path needs a plain main class.
 */
public final class BareJavaFxWindow {
    private BareJavaFxWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new Label("许昌应急一张图"), 1440, 900);
            stage.setScene(scene);
            stage.show();
            Runnable once = new Runnable() {
                @Override
                public void run() {
                    scene.removePostLayoutPulseListener(this);
                    long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                    System.out.println("first-frame-ms=" + ms);
                    Platform.exit();
                }
            };
            scene.addPostLayoutPulseListener(once);
            Platform.requestNextPulse();
        }
    }
}
