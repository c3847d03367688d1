package cn.xuchang.ems.app.ui.layers;

import cn.xuchang.ems.app.ui.i18n.Messages;
import java.util.function.DoubleSupplier;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The "Scale range…" dialog of a layer, as in QGIS's layer properties: the minimum scale (farthest
 * out) and the maximum scale (closest in), each an editable list of standard scales with "none"
 * and a button that takes the map's current scale. What is typed is checked at once; a bad value
 * shows what is wrong under the fields and disables OK. The result is the range, or none when
 * cancelled. FX thread only.
 */
final class ScaleRangeDialog extends Dialog<ScaleRange> {
    private final ScaleRangeInput input;
    private final ComboBox<String> minimum;
    private final ComboBox<String> maximum;
    private final Label message = new Label();
    private final Node ok;
    private ScaleRangeInput.Checked checked;

    /**
     * @param layerTitle   the layer's title, for the header
     * @param range        the layer's range now
     * @param currentScale the map's scale denominator now
     */
    ScaleRangeDialog(Messages messages, String layerTitle, ScaleRange range, DoubleSupplier currentScale) {
        this.input = new ScaleRangeInput(messages);
        setTitle(messages.get("layer.scaleRange.title"));
        setHeaderText(messages.get("layer.scaleRange.header", layerTitle));
        // button texts from our bundles: JavaFX would word them in the JVM's language, not the UI's
        ButtonType okType = new ButtonType(messages.get("layer.scaleRange.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancelType = new ButtonType(messages.get("layer.scaleRange.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(okType, cancelType);
        getDialogPane().setId("scale-range-dialog");
        getDialogPane().setPrefWidth(560);
        ok = getDialogPane().lookupButton(okType);
        ok.setId("scale-range-ok");
        minimum = field("scale-range-minimum", range.minimumScale());
        maximum = field("scale-range-maximum", range.maximumScale());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(messages.get("layer.scaleRange.minimum")), minimum,
                currentButton(messages, "scale-range-minimum-current", minimum, currentScale));
        grid.addRow(1, new Label(messages.get("layer.scaleRange.maximum")), maximum,
                currentButton(messages, "scale-range-maximum-current", maximum, currentScale));
        Label hint = new Label(messages.get("layer.scaleRange.hint"));
        hint.getStyleClass().add("scale-range-hint");
        message.setId("scale-range-message");
        message.getStyleClass().add("scale-range-error");
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        // room for two lines from the start: the dialog does not grow when a message appears
        message.setMinHeight(40);
        VBox content = new VBox(8, grid, hint, message);
        content.setPadding(new Insets(12, 16, 4, 16));
        getDialogPane().setContent(content);
        setResultConverter(button -> button == okType && checked.ok() ? checked.range() : null);
        validate();
    }

    /** The field of the minimum scale (zoomed-out limit). */
    ComboBox<String> minimumField() {
        return minimum;
    }

    /** The field of the maximum scale (zoomed-in limit). */
    ComboBox<String> maximumField() {
        return maximum;
    }

    /** What is wrong with the fields now, or an empty text. */
    String problem() {
        return message.getText();
    }

    private ComboBox<String> field(String id, double denominator) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        box.setEditable(true);
        box.setPrefWidth(170);
        box.getItems().add(input.none());
        ScaleRangeInput.STANDARD_SCALES.forEach(n -> box.getItems().add(input.format(n)));
        box.setValue(input.format(denominator));
        box.getEditor().setText(box.getValue());
        // the editor's text, not the committed value: OK and the message follow every key stroke
        box.getEditor().textProperty().addListener((obs, old, text) -> validate());
        box.valueProperty().addListener((obs, old, v) -> validate());
        return box;
    }

    private Button currentButton(Messages messages, String id, ComboBox<String> target, DoubleSupplier currentScale) {
        Button b = new Button(messages.get("layer.scaleRange.current"));
        b.setId(id);
        b.setOnAction(e -> {
            String text = input.format(currentScale.getAsDouble());
            target.setValue(text);
            target.getEditor().setText(text);
        });
        return b;
    }

    private void validate() {
        checked = input.check(text(minimum), text(maximum));
        message.setText(checked.ok() ? "" : checked.error());
        ok.setDisable(!checked.ok());
    }

    private static String text(ComboBox<String> box) {
        return box.getEditor().getText() != null ? box.getEditor().getText() : box.getValue();
    }
}
