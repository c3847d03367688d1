package cn.xuchang.ems.app.ui.roads;

import cn.xuchang.ems.app.ui.query.QueryViewModel;
import cn.xuchang.ems.app.ui.query.ResultRow;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.map.routing.RoadProfile;
import cn.xuchang.ems.map.routing.TravelTimeHit;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * What the road network adds to the query panel: the nearest method (straight line or travel time)
 * and profile, a line saying how the answer was measured, table columns for travel time, road
 * distance, turnout, snap distance and the far-from-road flag, and a row action "route to the
 * incident". FX thread only.
 */
public final class RoadQueryControls extends VBox {
    final ComboBox<TravelMethod> methodBox = new ComboBox<>();
    final ComboBox<RoadProfile> profileBox = new ComboBox<>();
    final Label noteLabel = new Label();

    private final RoadNetworkModel model;
    private final ResourceBundle strings;

    /** Controls over {@code model}, labelled from {@code strings} (the roads bundle). */
    public RoadQueryControls(RoadNetworkModel model, ResourceBundle strings) {
        this.model = model;
        this.strings = strings;
        setSpacing(4);
        setId("road-query-controls");
        methodBox.getItems().setAll(TravelMethod.values());
        methodBox.setConverter(RoadPanel.converter(m -> m == null ? "" : strings.getString("method." + m.code())));
        methodBox.valueProperty().bindBidirectional(model.methodProperty());
        profileBox.getItems().setAll(RoadProfile.values());
        profileBox.setConverter(RoadPanel.converter(p -> p == null ? "" : strings.getString("profile." + p.code())));
        profileBox.valueProperty().bindBidirectional(model.profileProperty());
        profileBox.disableProperty().bind(model.methodProperty().isNotEqualTo(TravelMethod.TRAVEL_TIME));
        noteLabel.setWrapText(true);
        noteLabel.setId("road-answer-note");
        noteLabel.textProperty().bind(model.answerNoteProperty());
        Label network = new Label();
        network.setWrapText(true);
        network.textProperty().bind(model.networkTextProperty());
        network.getStyleClass().add("road-network-line");
        getChildren().setAll(new HBox(6, new Label(strings.getString("label.method")), methodBox, profileBox),
                network, noteLabel);
    }

    /**
     * Adds the road columns to the query results {@code table} and the row action "route to the
     * incident" (resources looked up in the model's data, the incident from {@code query}).
     */
    public void addTo(TableView<ResultRow> table, QueryViewModel query) {
        List<TableColumn<ResultRow, String>> road = List.of(
                column("column.travel", h -> fixed(h.travelS() / 60, 1)),
                column("column.road", h -> fixed(h.roadM() / 1000, 2)),
                column("column.turnout", h -> fixed(h.turnoutS() / 60, 0)),
                column("column.snap", h -> fixed(h.snapDistanceM(), 0) + (h.farFromRoad() ? " ⚠" : "")));
        table.getColumns().addAll(Math.min(2, table.getColumns().size()), road);
        // the side panel is narrow: road columns only while the answer is by road
        var byRoad = javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.answerProperty().get() != null && model.answerProperty().get().byRoad(), model.answerProperty());
        road.forEach(c -> {
            c.visibleProperty().bind(byRoad);
            c.setPrefWidth(58);
        });
        // twelve columns do not fit the side panel: by road, the table scrolls sideways instead of squeezing names
        var squeezed = table.getColumnResizePolicy();
        byRoad.addListener((o, was, now) -> {
            table.setColumnResizePolicy(now ? TableView.UNCONSTRAINED_RESIZE_POLICY : squeezed);
            if (now) {
                // the squeezing policy shrank the widths; a changed preference makes each column take it again
                for (TableColumn<ResultRow, ?> c : table.getColumns()) {
                    double pref = c == table.getColumns().get(0) ? 120 : Math.max(58, c.getPrefWidth());
                    c.setPrefWidth(pref + 1);
                    c.setPrefWidth(pref);
                }
            }
        });
        table.setRowFactory(tv -> {
            TableRow<ResultRow> row = new TableRow<>() {
                @Override
                protected void updateItem(ResultRow item, boolean empty) {
                    super.updateItem(item, empty);
                    setTooltip(empty || item == null ? null : tooltip(item));
                }
            };
            MenuItem route = new MenuItem(strings.getString("action.route"));
            route.setOnAction(e -> routeFrom(row.getItem(), query));
            row.contextMenuProperty().bind(javafx.beans.binding.Bindings.when(row.emptyProperty())
                    .then((ContextMenu) null).otherwise(new ContextMenu(route)));
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    routeFrom(row.getItem(), query);
                }
            });
            return row;
        });
    }

    /** Routes from the resource of {@code row} to the query's incident. */
    public void routeFrom(ResultRow row, QueryViewModel query) {
        if (row == null || model.dataProperty().get() == null) {
            return;
        }
        Resource r = resource(row);
        if (r != null) {
            model.route(r, query.incidentProperty().get(), RoadStrings.turnsLocale(strings));
        }
    }

    private Resource resource(ResultRow row) {
        UUID id;
        try {
            id = UUID.fromString(row.id());
        } catch (IllegalArgumentException e) {
            return null; // a coverage gap on a base-map place: nothing drives from it
        }
        return model.dataProperty().get().resources().stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
    }

    private Tooltip tooltip(ResultRow row) {
        RoadAnswer a = model.answerProperty().get();
        TravelTimeHit h = a == null ? null : a.hits().get(row.id());
        if (h == null) {
            return null;
        }
        return new Tooltip(MessageFormat.format(strings.getString("row.tooltip"), row.name(),
                fixed(h.turnoutS() / 60, 0), fixed(h.travelS() / 60, 1), fixed(h.totalS() / 60, 1),
                fixed(h.roadM() / 1000, 2), fixed(h.snapDistanceM(), 0),
                h.farFromRoad() ? strings.getString("row.farFromRoad") : ""));
    }

    private TableColumn<ResultRow, String> column(String key, Function<TravelTimeHit, String> value) {
        TableColumn<ResultRow, String> c = new TableColumn<>(strings.getString(key));
        c.setCellValueFactory(cell -> {
            RoadAnswer a = model.answerProperty().get();
            TravelTimeHit h = a == null ? null : a.hits().get(cell.getValue().id());
            return new ReadOnlyStringWrapper(h == null ? "" : value.apply(h));
        });
        c.setSortable(false);
        return c;
    }

    private static String fixed(double v, int decimals) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + decimals + "f", v) : "";
    }
}
