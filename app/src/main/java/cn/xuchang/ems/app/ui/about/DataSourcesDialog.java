package cn.xuchang.ems.app.ui.about;

import cn.xuchang.ems.app.ui.i18n.Messages;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The "About / data sources" dialog: what the map is built from and what is only a sample. */
public final class DataSourcesDialog {
    private DataSourcesDialog() {
    }

    /** Shows the dialog over {@code owner} and waits until it is closed. */
    public static void show(Window owner, Messages messages) {
        VBox content = new VBox(8);
        content.setId("data-sources");
        for (String paragraph : DataSources.paragraphs(messages)) {
            Label label = new Label(paragraph);
            label.setWrapText(true);
            label.setMaxWidth(560);
            content.getChildren().add(label);
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle(messages.get("about.title"));
        alert.setHeaderText(messages.get("app.title") + " · " + messages.get("about.title"));
        alert.getDialogPane().setContent(content);
        alert.showAndWait();
    }
}
