package cn.xuchang.ems.app.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.ems.app.ui.FxTestThread;
import cn.xuchang.ems.app.ui.theme.DispatchTheme;
import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.map.projection.Viewport;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SelectionMarksTest {
    private static final Viewport VIEW = Viewport.centredOn(new LonLat(113.826, 34.026), 10, 400, 300);

    @BeforeAll
    static void startFx() throws Exception {
        FxTestThread.start();
    }

    @Test
    void thousandsOfSelectedResourcesStayOneCanvasAndOnlyThoseInViewAreStamped() throws Exception {
        Random r = new Random(7);
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            points.add(new double[] {VIEW.mapX(r.nextDouble() * 400), VIEW.mapY(r.nextDouble() * 300)});
        }
        for (int i = 0; i < 300; i++) {
            points.add(new double[] {VIEW.mapX(600 + r.nextDouble() * 400), VIEW.mapY(r.nextDouble() * 300)});
        }
        int[] drawnAndNodes = FxTestThread.call(() -> {
            SelectionMarks marks = showing();
            marks.setPoints(points);
            return new int[] {marks.draw(VIEW), marks.getChildren().size()};
        });
        assertThat(drawnAndNodes[0]).as("marks stamped").isEqualTo(2000);
        assertThat(drawnAndNodes[1]).as("nodes however many are selected").isEqualTo(2);
    }

    @Test
    void aMarkIsARingInTheSelectionColourAroundItsPosition() throws Exception {
        WritableImage shot = FxTestThread.call(() -> {
            SelectionMarks marks = showing();
            marks.setPoints(List.of(new double[] {VIEW.mapX(200), VIEW.mapY(150)}));
            marks.draw(VIEW);
            SnapshotParameters p = new SnapshotParameters();
            p.setFill(Color.WHITE);
            return marks.snapshot(p, null);
        });
        Color ring = shot.getPixelReader().getColor(200 + (int) SelectionMarks.RADIUS, 150);
        Color away = shot.getPixelReader().getColor(200 + 4 * (int) SelectionMarks.RADIUS, 150);
        // dispatch.css: .selection-mark { -fx-stroke: #00b8d4 }
        assertThat(ring.getBlue()).as("blue of %s", ring).isGreaterThan(0.6);
        assertThat(ring.getRed()).as("red of %s", ring).isLessThan(0.4);
        assertThat(away).isEqualTo(Color.WHITE);
    }

    private static SelectionMarks showing() {
        SelectionMarks marks = new SelectionMarks();
        Pane root = new Pane(marks);
        DispatchTheme.apply(new Scene(root, 400, 300));
        return marks;
    }
}
