package cn.xuchang.ems.app.ui.attributes;

import cn.xuchang.ems.app.ui.i18n.Messages;
import cn.xuchang.ems.app.ui.selection.SelectionModel;
import cn.xuchang.ems.data.domain.Resource;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The side panel that shows the attributes of the focused resource of the {@link SelectionModel};
 * when several are selected (several under the cursor, or a box selection) it offers a chooser
 * above them. FX thread only.
 */
public final class AttributePanel extends VBox {
    private final Messages messages;
    private final ResourceAttributes attributes;
    private final Label placeholder;
    private final Label chooserTitle = new Label();
    private final ListView<Resource> chooser = new ListView<>();
    private final Label title = new Label();
    private final Label kind = new Label();
    private final Label phone = new Label();
    private final Label sampleBanner;
    private final GridPane grid = new GridPane();
    private final VBox details = new VBox(4);
    private final SelectionModel selection;
    private List<AttributeRow> shown = List.of();
    private boolean syncing;

    /** A panel showing {@code selection}: its focused resource, and a chooser when several are selected. */
    public AttributePanel(Messages messages, SelectionModel selection) {
        this.messages = messages;
        this.selection = selection;
        this.attributes = new ResourceAttributes(messages);
        getStyleClass().addAll("side-panel", "right");
        setId("attribute-panel");
        Label heading = new Label(messages.get("panel.attributes"));
        heading.getStyleClass().add("panel-title");

        placeholder = new Label(messages.get("attributes.empty"));
        placeholder.getStyleClass().add("placeholder");
        placeholder.setPadding(new Insets(8, 10, 8, 10));

        chooserTitle.getStyleClass().add("placeholder");
        chooser.setId("attribute-chooser");
        chooser.setPrefHeight(150);
        chooser.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(Resource r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : attributes.kindName(r) + " · " + r.name());
            }
        });
        chooser.getSelectionModel().selectedItemProperty().addListener((obs, old, r) -> {
            if (r != null && !syncing) {
                selection.focus(r);
            }
        });

        title.setId("attribute-title");
        title.getStyleClass().add("attribute-title");
        kind.getStyleClass().add("attribute-kind");
        sampleBanner = new Label(messages.get("attributes.sampleBanner"));
        sampleBanner.getStyleClass().add("sample-banner");
        sampleBanner.setMaxWidth(Double.MAX_VALUE);
        grid.setId("attribute-grid");
        grid.getStyleClass().add("attribute-grid");
        grid.setHgap(8);
        grid.setVgap(3);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(90);
        labels.setMaxWidth(130);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, values);
        // the number a dispatcher dials, big and first, not in row twelve
        phone.setId("attribute-phone");
        phone.getStyleClass().add("attribute-phone");
        details.getChildren().addAll(title, kind, phone, sampleBanner, grid);
        details.setPadding(new Insets(4, 10, 10, 10));

        ScrollPane scroll = new ScrollPane(details);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox choice = new VBox(4, chooserTitle, chooser);
        choice.setPadding(new Insets(0, 10, 0, 10));
        choice.visibleProperty().bind(chooserTitle.textProperty().isNotEmpty());
        choice.managedProperty().bind(choice.visibleProperty());
        getChildren().addAll(heading, placeholder, choice, scroll);
        selection.selectedProperty().addListener((ListChangeListener<Resource>) c -> selectionChanged());
        selection.focusedProperty().addListener((obs, old, r) -> focusChanged(r));
        selectionChanged();
        focusChanged(selection.focusedProperty().get());
    }

    private void selectionChanged() {
        List<Resource> selected = selection.selectedProperty();
        syncing = true;
        try {
            if (selected.size() > 1) {
                chooserTitle.setText(messages.get("attributes.chooser", selected.size()));
                chooser.setItems(FXCollections.observableArrayList(selected));
            } else {
                chooserTitle.setText("");
                chooser.getItems().clear();
            }
        } finally {
            syncing = false;
        }
    }

    private void focusChanged(Resource r) {
        if (r == null) {
            details.setVisible(false);
            placeholder.setVisible(true);
            placeholder.setManaged(true);
            shown = List.of();
            return;
        }
        syncing = true;
        try {
            chooser.getSelectionModel().select(r);
        } finally {
            syncing = false;
        }
        showDetails(r);
    }

    /** The rows now on show (label, value), for tests and copy. */
    public List<AttributeRow> shownRows() {
        return List.copyOf(shown);
    }

    private void showDetails(Resource r) {
        placeholder.setVisible(false);
        placeholder.setManaged(false);
        details.setVisible(true);
        title.setText(r.name());
        kind.setText(attributes.kindName(r) + " · " + attributes.countyName(r.countyCode()));
        String number = r.details().phone();
        phone.setText(number.isEmpty() ? "" : "☎ " + number);
        phone.setVisible(!number.isEmpty());
        phone.setManaged(!number.isEmpty());
        sampleBanner.setVisible(r.sample());
        sampleBanner.setManaged(r.sample());
        grid.getChildren().clear();
        shown = attributes.rowsOf(r);
        int row = 0;
        AttributeRow.Section section = null;
        for (AttributeRow a : shown) {
            if (a.section() != section && a.section() != AttributeRow.Section.IDENTITY) {
                Label s = new Label(messages.get("section." + a.section().name().toLowerCase(java.util.Locale.ROOT)));
                s.getStyleClass().add("attribute-section");
                s.setMaxWidth(Double.MAX_VALUE);
                grid.add(s, 0, row++, 2, 1);
            }
            section = a.section();
            Label l = new Label(a.label());
            l.getStyleClass().add("attr-label");
            l.setWrapText(true);
            Label v = new Label(a.value());
            v.getStyleClass().add("attr-value");
            v.setWrapText(true);
            grid.addRow(row++, l, v);
        }
    }
}
