package cn.xuchang.ems.app.ui.roads;

import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.map.routing.RoadProfile;
import cn.xuchang.ems.map.routing.ServiceAreaBand;
import cn.xuchang.ems.map.routing.TurnInstruction;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.util.StringConverter;

/**
 * The road side panel: network in use and its import (progress, cancel), profile, barriers, the
 * last route with its turn list, and service areas with a legend and coverage. All work goes
 * through {@link RoadNetworkModel}. FX thread only.
 */
public final class RoadPanel extends VBox {
    final Label networkLabel = new Label();
    final Button importButton = new Button();
    final Button cancelButton = new Button();
    final ProgressBar progress = new ProgressBar(0);
    final Label statusLabel = new Label();
    final ComboBox<RoadProfile> profileBox = new ComboBox<>();
    final Label routeLabel = new Label();
    final ListView<TurnInstruction> turnList = new ListView<>();
    final ComboBox<ResourceKind> areaKindBox = new ComboBox<>();
    final CheckBox areaAvailableBox = new CheckBox();
    final TextField minutesField = new TextField("5,10,15");
    final ComboBox<ResourceKind> demandBox = new ComboBox<>();
    final CheckBox turnoutBox = new CheckBox();
    final Button areaButton = new Button();
    final VBox legend = new VBox(2);
    final Label areaLabel = new Label();

    private final RoadNetworkModel model;
    private final ResourceBundle strings;

    /** A panel over {@code model}, starting actions through {@code actions}. */
    public RoadPanel(RoadNetworkModel model, RoadActions actions, ResourceBundle strings) {
        this.model = model;
        this.strings = strings;
        setSpacing(6);
        setPadding(new Insets(8));
        getStyleClass().add("road-panel");
        Label title = new Label(strings.getString("panel.title"));
        title.getStyleClass().add("panel-title");
        networkLabel.setWrapText(true);
        networkLabel.setId("road-network-label");
        networkLabel.textProperty().bind(model.networkTextProperty());
        importButton.setText(strings.getString("action.import"));
        importButton.setOnAction(e -> actions.chooseAndImport());
        importButton.disableProperty().bind(model.importingProperty());
        cancelButton.setText(strings.getString("button.cancel"));
        cancelButton.setOnAction(e -> model.cancelImport());
        cancelButton.disableProperty().bind(model.importingProperty().not());
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.importingProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox importRow = new HBox(4, importButton, cancelButton, progress);
        HBox.setHgrow(progress, Priority.ALWAYS);
        statusLabel.setWrapText(true);
        statusLabel.textProperty().bind(model.statusProperty());

        profileBox.getItems().setAll(RoadProfile.values());
        profileBox.setConverter(converter(p -> p == null ? "" : strings.getString("profile." + p.code())));
        profileBox.valueProperty().bindBidirectional(model.profileProperty());
        Button barriers = new Button(strings.getString("action.barriers"));
        barriers.setOnAction(e -> actions.chooseBarriers());
        Button zone = new Button(strings.getString("action.zoneBarrierShort"));
        zone.setOnAction(e -> actions.markZone());
        Button clear = new Button(strings.getString("action.clearBarriersShort"));
        clear.setOnAction(e -> model.clearBarriers());
        FlowPane barrierRow = new FlowPane(4, 4, barriers, zone, clear);

        routeLabel.setWrapText(true);
        routeLabel.textProperty().bind(model.routeTextProperty());
        turnList.setItems(model.turns());
        turnList.setPrefHeight(130);
        turnList.setPlaceholder(new Label(strings.getString("route.hint")));
        turnList.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(TurnInstruction t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? null : MessageFormat.format(strings.getString("route.turn"), t.text(),
                        String.format(Locale.ROOT, "%.0f", t.distanceM())));
            }
        });

        areaKindBox.getItems().setAll(ResourceKind.values());
        areaKindBox.setValue(ResourceKind.RESCUE_TEAM);
        areaKindBox.setConverter(converter(k -> k == null ? "" : strings.getString("kind." + k.code())));
        demandBox.getItems().add(null);
        demandBox.getItems().addAll(ResourceKind.values());
        demandBox.setValue(ResourceKind.SCHOOL);
        demandBox.setConverter(converter(k -> k == null ? strings.getString("demand.none")
                : strings.getString("kind." + k.code())));
        areaAvailableBox.setText(strings.getString("label.available"));
        areaAvailableBox.setSelected(true);
        turnoutBox.setText(strings.getString("label.turnout"));
        areaButton.setText(strings.getString("button.area"));
        areaButton.setOnAction(e -> model.serviceAreas(areaKindBox.getValue(), areaAvailableBox.isSelected(),
                minutesField.getText(), demandBox.getValue(), turnoutBox.isSelected()));
        areaButton.disableProperty().bind(model.networkProperty().isNull().or(model.busyProperty()));
        GridPane form = new GridPane();
        form.setHgap(6);
        form.setVgap(4);
        int row = 0;
        form.addRow(row++, new Label(strings.getString("label.kind")), areaKindBox);
        form.add(areaAvailableBox, 0, row++, 2, 1);
        form.addRow(row++, new Label(strings.getString("label.minutes")), minutesField);
        form.addRow(row++, new Label(strings.getString("label.demand")), demandBox);
        form.add(turnoutBox, 0, row, 2, 1);
        areaLabel.setWrapText(true);
        areaLabel.textProperty().bind(model.serviceAreaTextProperty());
        model.bands().addListener((ListChangeListener<ServiceAreaBand>) c -> fillLegend());

        getChildren().setAll(title, networkLabel, importRow, statusLabel,
                new Label(strings.getString("label.profile")), profileBox,
                section("section.barriers"), barrierRow,
                section("section.route"), routeLabel, turnList,
                section("section.area"), form, areaButton, legend, areaLabel);
    }

    private Label section(String key) {
        Label l = new Label(strings.getString(key));
        l.getStyleClass().add("panel-title");
        return l;
    }

    private void fillLegend() {
        legend.getChildren().clear();
        var bands = model.bands();
        for (int i = 0; i < bands.size(); i++) {
            Color c = RoadOverlayLayer.bandColour(i);
            Rectangle swatch = new Rectangle(16, 12, Color.color(c.getRed(), c.getGreen(), c.getBlue(), 0.5));
            swatch.setStroke(c);
            legend.getChildren().add(new HBox(6, swatch, new Label(MessageFormat.format(
                    strings.getString("legend.band"), bands.get(i).minutes()))));
        }
    }

    static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return text.apply(t);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException("choices are not typed");
            }
        };
    }
}
