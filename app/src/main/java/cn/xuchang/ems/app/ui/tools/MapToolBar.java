package cn.xuchang.ems.app.ui.tools;

import cn.xuchang.ems.app.ui.bookmarks.BookmarkMenu;
import cn.xuchang.ems.app.ui.i18n.Messages;
import cn.xuchang.ems.app.ui.map.MapNavigation;
import cn.xuchang.ems.app.ui.map.MapTool;
import cn.xuchang.ems.app.ui.map.MapView;
import cn.xuchang.ems.app.ui.measure.MeasureTool;
import cn.xuchang.ems.app.ui.status.CoordinateInput;
import cn.xuchang.ems.app.ui.status.CoordinateText;
import cn.xuchang.ems.data.crs.GaussKruger;
import cn.xuchang.ems.data.domain.County;
import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.map.projection.Viewport;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/**
 * The map tool bar: whole city, zoom, view history, bookmarks, the tool group (browse, box zoom,
 * select, measure distance and area), go to county, go to a typed coordinate and the night map.
 * FX thread only.
 */
public final class MapToolBar extends HBox {
    /** Metres per pixel a typed coordinate is shown at: streets and buildings readable. */
    static final double GOTO_RESOLUTION = 2.0;

    private final Messages messages;
    private final MapView mapView;
    private final Consumer<String> report;
    private final Button backButton = new Button("←");
    private final Button forwardButton = new Button("→");

    public MapToolBar(Messages messages, MapView mapView, MapNavigation navigation, MeasureTool measureTool,
                      BookmarkMenu bookmarkMenu, BooleanProperty darkMap, Consumer<String> report) {
        this.messages = messages;
        this.mapView = mapView;
        this.report = report;
        Button home = new Button(messages.get("tool.home"));
        home.setId("tool-home");
        home.setTooltip(new Tooltip(messages.get("tool.home.tip")));
        home.setOnAction(e -> mapView.zoomHome());
        Button zoomIn = new Button("＋");
        zoomIn.setId("tool-zoom-in");
        zoomIn.setTooltip(new Tooltip(messages.get("tool.zoomIn.tip")));
        zoomIn.setOnAction(e -> zoomBy(2));
        Button zoomOut = new Button("－");
        zoomOut.setId("tool-zoom-out");
        zoomOut.setTooltip(new Tooltip(messages.get("tool.zoomOut.tip")));
        zoomOut.setOnAction(e -> zoomBy(0.5));
        backButton.setId("tool-back");
        backButton.setTooltip(new Tooltip(messages.get("tool.back.tip")));
        backButton.setOnAction(e -> mapView.back());
        forwardButton.setId("tool-forward");
        forwardButton.setTooltip(new Tooltip(messages.get("tool.forward.tip")));
        forwardButton.setOnAction(e -> mapView.forward());
        ToggleGroup tools = new ToggleGroup();
        ToggleButton pan = toolButton(tools, MapTool.PAN, "tool-pan", "tool.pan");
        ToggleButton box = toolButton(tools, MapTool.BOX_ZOOM, "tool-box-zoom", "tool.boxZoom");
        ToggleButton select = toolButton(tools, MapTool.BOX_SELECT, "tool-select", "tool.select");
        ToggleButton length = toolButton(tools, MapTool.MEASURE_LENGTH, "tool-measure-length", "tool.measureLength");
        ToggleButton area = toolButton(tools, MapTool.MEASURE_AREA, "tool-measure-area", "tool.measureArea");
        tools.selectToggle(pan);
        tools.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                // a tool group always has one tool: clicking the active one keeps it
                tools.selectToggle(old);
            } else {
                navigation.toolProperty().set((MapTool) now.getUserData());
            }
        });
        navigation.toolProperty().addListener((obs, old, now) -> {
            tools.getToggles().stream().filter(t -> t.getUserData() == now).findFirst().ifPresent(tools::selectToggle);
            measureTool.clear();
            if (now == MapTool.MEASURE_LENGTH || now == MapTool.MEASURE_AREA) {
                measureTool.start(now == MapTool.MEASURE_AREA);
            }
        });

        ComboBox<County> county = new ComboBox<>();
        county.setId("tool-county");
        county.getItems().addAll(County.values());
        county.setPromptText(messages.get("tool.county.prompt"));
        county.setCellFactory(lv -> countyCell());
        county.setButtonCell(countyCell());
        county.setOnAction(e -> {
            County c = county.getValue();
            if (c != null && mapView.layers() != null) {
                mapView.layers().countyExtent(c.code()).ifPresent(mapView::zoomTo);
            }
        });
        for (Button b : new Button[] {home, zoomIn, zoomOut, backButton, forwardButton}) {
            b.setFocusTraversable(false);
        }
        TextField goTo = new TextField();
        goTo.setId("goto-coordinate");
        goTo.setPromptText(messages.get("tool.goto.prompt"));
        goTo.setTooltip(new Tooltip(messages.get("tool.goto.tip")));
        goTo.setPrefColumnCount(22);
        goTo.setOnAction(e -> goTo(goTo));
        goTo.textProperty().addListener((obs, old, now) -> goTo.getStyleClass().remove("input-error"));
        ToggleButton night = new ToggleButton(messages.get("tool.dark"));
        night.setId("tool-dark");
        night.setTooltip(new Tooltip(messages.get("tool.dark.tip")));
        night.setFocusTraversable(false);
        night.selectedProperty().bindBidirectional(darkMap);
        getChildren().addAll(home, zoomIn, zoomOut, new Separator(Orientation.VERTICAL), backButton, forwardButton,
                bookmarkMenu, new Separator(Orientation.VERTICAL), pan, box, select, length, area,
                new Separator(Orientation.VERTICAL), county, goTo, new Separator(Orientation.VERTICAL), night);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("map-tools");
        setId("map-tools");
        mapView.viewportProperty().addListener((obs, old, v) -> {
            backButton.setDisable(!mapView.history().canGoBack());
            forwardButton.setDisable(!mapView.history().canGoForward());
        });
    }

    /** Centres the map on the typed position with a pin, at street scale unless already closer. */
    private void goTo(TextField field) {
        Viewport v = mapView.viewport();
        if (v == null) {
            return;
        }
        try {
            LonLat p = CoordinateInput.parse(field.getText());
            double[] en = GaussKruger.CM_114E.forward(p);
            mapView.setPin(p);
            mapView.setViewport(v.withCentre(en[0], en[1]).withResolution(Math.min(v.metresPerPixel(), GOTO_RESOLUTION)), true);
            report.accept(messages.get("tool.goto.done", CoordinateText.decimal(p), CoordinateText.gaussKruger(en[0], en[1])));
        } catch (CoordinateInput.UnreadableCoordinate ex) {
            if (!field.getStyleClass().contains("input-error")) {
                field.getStyleClass().add("input-error");
            }
            report.accept(messages.get("tool.goto.error." + ex.reason().key(), field.getText().trim()));
        }
    }

    private ToggleButton toolButton(ToggleGroup group, MapTool tool, String id, String key) {
        ToggleButton b = new ToggleButton(messages.get(key));
        b.setId(id);
        b.setUserData(tool);
        b.setToggleGroup(group);
        b.setTooltip(new Tooltip(messages.get(key + ".tip")));
        b.setFocusTraversable(false);
        return b;
    }

    private ListCell<County> countyCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(County c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? messages.get("tool.county.prompt")
                        : messages.english() ? c.nameEn() : c.nameZh());
            }
        };
    }

    private void zoomBy(double factor) {
        Viewport v = mapView.viewport();
        if (v != null) {
            mapView.zoomStep(factor, v.width() / 2.0, v.height() / 2.0);
        }
    }

}
