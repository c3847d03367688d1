package cn.xuchang.ems.app.ui.roads;

import cn.xuchang.ems.app.ui.query.QueryViewModel;
import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.data.domain.Resource;
import java.io.File;
import java.util.Optional;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.concurrent.WorkerStateEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The road actions the user starts from the tool bar or the road panel: import a network (file
 * chooser, failure dialog), load barriers from GeoJSON, mark the query zone impassable, clear
 * barriers. FX thread only.
 */
public final class RoadActions {
    private final RoadNetworkModel model;
    private final QueryViewModel query;
    private final ResourceBundle strings;
    private final Supplier<Window> owner;

    /** Actions on {@code model}, reading the zone from {@code query}, dialogs owned by {@code owner}. */
    public RoadActions(RoadNetworkModel model, QueryViewModel query, ResourceBundle strings, Supplier<Window> owner) {
        this.model = model;
        this.query = query;
        this.strings = strings;
        this.owner = owner;
    }

    /** The tool-bar menu "路网 / Roads". */
    public MenuButton menu(Runnable showPanel) {
        MenuItem importItem = new MenuItem(strings.getString("action.import"));
        importItem.setId("roads-import");
        importItem.setOnAction(e -> {
            showPanel.run();
            chooseAndImport();
        });
        importItem.disableProperty().bind(model.importingProperty());
        MenuItem barriers = new MenuItem(strings.getString("action.barriers"));
        barriers.setOnAction(e -> chooseBarriers());
        MenuItem zone = new MenuItem(strings.getString("action.zoneBarrier"));
        zone.setOnAction(e -> markZone());
        MenuItem clear = new MenuItem(strings.getString("action.clearBarriers"));
        clear.setOnAction(e -> model.clearBarriers());
        MenuItem wipe = new MenuItem(strings.getString("action.clearDrawing"));
        wipe.setOnAction(e -> model.clearDrawing());
        MenuItem panel = new MenuItem(strings.getString("action.panel"));
        panel.setOnAction(e -> showPanel.run());
        MenuButton b = new MenuButton(strings.getString("menu.roads"), null, importItem, new SeparatorMenuItem(),
                barriers, zone, clear, new SeparatorMenuItem(), wipe, panel);
        b.setId("tool-roads");
        b.setFocusTraversable(false);
        return b;
    }

    /** Asks for an OSM extract and imports it; a failure is shown in a dialog. */
    public void chooseAndImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(strings.getString("action.import"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(strings.getString("filter.osm"),
                "*.osm.pbf", "*.pbf", "*.osm", "*.osm.gz"));
        File f = chooser.showOpenDialog(owner.get());
        if (f != null) {
            importFile(f.toPath());
        }
    }

    /** Imports {@code file}; a failure is shown in a dialog (the previous network stays). */
    public RoadImportTask importFile(java.nio.file.Path file) {
        RoadImportTask task = model.importFile(file);
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_FAILED, e -> {
            Throwable t = task.getException();
            Alert a = new Alert(Alert.AlertType.ERROR);
            a.initOwner(owner.get());
            a.setTitle(strings.getString("action.import"));
            a.setHeaderText(MessageFormat.format(strings.getString("import.failedHeader"), file.getFileName()));
            a.setContentText(t.getMessage() != null ? t.getMessage() : t.toString());
            a.show();
        });
        return task;
    }

    /** Asks for a GeoJSON file of hazard zones and closed roads. */
    public void chooseBarriers() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(strings.getString("action.barriers"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("GeoJSON", "*.geojson", "*.json"));
        File f = chooser.showOpenDialog(owner.get());
        if (f != null && !model.addBarriers(f.toPath())) {
            Alert a = new Alert(Alert.AlertType.ERROR, model.statusProperty().get());
            a.initOwner(owner.get());
            a.setHeaderText(strings.getString("action.barriers"));
            a.show();
        }
    }

    /**
     * The map menu item "route to the incident" for the resource selected on the map; empty when
     * nothing is selected, no incident is set or no road network is loaded.
     */
    public Optional<MenuItem> routeItem(Resource selected, LonLat incident) {
        if (selected == null || incident == null || model.networkProperty().get() == null) {
            return Optional.empty();
        }
        MenuItem item = new MenuItem(MessageFormat.format(strings.getString("action.routeFrom"), selected.name()));
        item.setId("map-menu-route");
        item.setOnAction(e -> model.route(selected, incident, RoadStrings.turnsLocale(strings)));
        return Optional.of(item);
    }

    /** Marks the query panel's zone (incident and radius) impassable. */
    public void markZone() {
        model.addZoneBarrier(query.incidentProperty().get(), query.radiusMProperty().get());
    }
}
