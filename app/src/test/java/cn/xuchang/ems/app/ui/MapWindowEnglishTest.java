package cn.xuchang.ems.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxAssert;
import org.testfx.matcher.control.LabeledMatchers;

/** {@code xems open --lang en}: the same window with every label in English. */
class MapWindowEnglishTest {
    private static RunningMapWindow window;

    @BeforeAll
    static void startWindow() throws Exception {
        System.setProperty("headless.geometry", "1440x900-32");
        window = RunningMapWindow.start("en");
    }

    @AfterAll
    static void closeWindow() throws Exception {
        if (window != null) {
            window.close();
        }
    }

    @Test
    void showsTitleToolsPanelsAndStatusInEnglish() throws Exception {
        FxAssert.verifyThat("#app-title", LabeledMatchers.hasText("Xuchang EMS Map"));
        FxAssert.verifyThat("#tool-home", LabeledMatchers.hasText("Whole city"));
        assertThat(window.fx(() -> window.stage.getTitle())).isEqualTo("Xuchang EMS Map");
        Label scale = window.robot.lookup("#status-scale").queryAs(Label.class);
        assertThat(window.fx(scale::getText)).startsWith("Scale 1:");
        assertThat(window.fx(() -> window.robot.lookup("#scale-bar-text").queryAs(Label.class).getText()))
                .matches("[0-9.,]+ k?m");
        window.snapshotWindow("main-window-en");
    }

    @Test
    void namesEveryLayerInEnglish() {
        List<String> names = window.fx(() -> {
            List<String> out = new java.util.ArrayList<>();
            collect(window.robot.lookup("#layer-tree").<org.controlsfx.control.CheckTreeView<?>>query().getRoot(), out);
            return out;
        });
        assertThat(names).anyMatch(n -> n.startsWith("Surveillance camera"))
                .anyMatch(n -> n.startsWith("Rescue team")).anyMatch(n -> n.startsWith("County boundaries"))
                .contains("Emergency resources", "Base map")
                .noneMatch(n -> n.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
    }

    @Test
    void toolTipsAreEnglishToo() {
        Button home = window.robot.lookup("#tool-home").queryButton();
        assertThat(window.fx(() -> home.getTooltip().getText())).contains("Xuchang");
    }

    @Test
    void theScaleRangeDialogSpeaksEnglish() throws Exception {
        var panel = window.app.window().layerPanel();
        var schools = window.map().layers().resourceLayer(cn.xuchang.ems.data.domain.ResourceKind.SCHOOL).orElseThrow();
        javafx.scene.control.Dialog<?> dialog = window.fx(() -> panel.editScaleRange(schools));
        try {
            javafx.scene.control.ComboBox<?> minimum = window.robot.lookup("#scale-range-minimum").query();
            assertThat(window.fx(() -> minimum.getEditor().getText())).isEqualTo("none");
            assertThat(window.fx(() -> minimum.getItems().get(1))).isEqualTo("1:500");
            window.fxRun(() -> minimum.getEditor().setText("-2500"));
            Label problem = window.robot.lookup("#scale-range-message").queryAs(Label.class);
            assertThat(window.fx(problem::getText))
                    .isEqualTo("Minimum scale (zoomed out): the scale denominator must be greater than 0 (“-2500”)");
            assertThat(window.fx(() -> window.robot.lookup("#scale-range-ok").queryButton().getText())).isEqualTo("OK");
            window.snapshot(window.fx(() -> dialog.getDialogPane().getScene()), "scale-range-dialog-en");
        } finally {
            window.fxRun(dialog::close);
        }
        assertThat(schools.scaleLimited()).as("cancelled").isFalse();
    }

    private static void collect(TreeItem<?> item, List<String> out) {
        if (item == null) {
            return;
        }
        if (item.getValue() != null && !item.getValue().toString().isEmpty()) {
            out.add(item.getValue().toString());
        }
        for (TreeItem<?> c : item.getChildren()) {
            collect(c, out);
        }
    }
}
