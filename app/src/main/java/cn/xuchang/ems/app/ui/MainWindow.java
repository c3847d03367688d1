package cn.xuchang.ems.app.ui;

import cn.xuchang.ems.app.ui.attributes.AttributePanel;
import cn.xuchang.ems.app.ui.bookmarks.BookmarkMenu;
import cn.xuchang.ems.app.ui.editing.EditingSession;
import cn.xuchang.ems.app.ui.i18n.Messages;
import cn.xuchang.ems.app.ui.layers.LayerPanel;
import cn.xuchang.ems.app.ui.layers.LegendArt;
import cn.xuchang.ems.app.ui.map.IdentifyTask;
import cn.xuchang.ems.app.ui.map.MapClick;
import cn.xuchang.ems.app.ui.map.MapNavigation;
import cn.xuchang.ems.app.ui.map.MapTool;
import cn.xuchang.ems.app.ui.map.MapView;
import cn.xuchang.ems.app.ui.map.NorthArrow;
import cn.xuchang.ems.app.ui.map.OverviewInset;
import cn.xuchang.ems.app.ui.map.PreparedFrame;
import cn.xuchang.ems.app.ui.map.QueryOverlayLayer;
import cn.xuchang.ems.app.ui.map.ScaleBar;
import cn.xuchang.ems.app.ui.measure.MeasureTool;
import cn.xuchang.ems.app.ui.query.QueryData;
import cn.xuchang.ems.app.ui.query.QueryPanel;
import cn.xuchang.ems.app.ui.query.QueryStrings;
import cn.xuchang.ems.app.ui.query.QueryViewModel;
import cn.xuchang.ems.app.ui.roads.RoadActions;
import cn.xuchang.ems.app.ui.roads.RoadNetworkModel;
import cn.xuchang.ems.app.ui.roads.RoadOverlayLayer;
import cn.xuchang.ems.app.ui.roads.RoadPanel;
import cn.xuchang.ems.app.ui.roads.RoadQueryControls;
import cn.xuchang.ems.app.ui.roads.RoadStrings;
import cn.xuchang.ems.app.ui.selection.BoxSelectTask;
import cn.xuchang.ems.app.ui.selection.SelectionModel;
import cn.xuchang.ems.app.ui.status.CoordinateText;
import cn.xuchang.ems.app.ui.status.StatusBar;
import cn.xuchang.ems.app.ui.tools.MapToolBar;
import cn.xuchang.ems.app.ui.workspace.OpenedMap;
import cn.xuchang.ems.data.crs.GaussKruger;
import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.map.projection.Viewport;
import cn.xuchang.ems.map.render.MapRenderer;
import cn.xuchang.ems.map.render.RenderOptions;
import cn.xuchang.ems.map.render.RenderedMap;
import cn.xuchang.ems.map.style.StyleSet;
import cn.xuchang.ems.map.style.Theme;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.locationtech.jts.geom.Envelope;

/**
 * The main window's content: title and tool bar on top, layers and legend on the left, the map in
 * the middle with the attribute tables docked below it, attributes on the right, the status bar
 * below. Owns the worker thread for queries (identify); the map engine owns its render thread. FX
 * thread only.
 */
public final class MainWindow extends BorderPane {
    private final Messages messages;
    private final MapView mapView = new MapView();
    private final MapNavigation navigation;
    private final LayerPanel layerPanel;
    private final AttributePanel attributePanel;
    private final SelectionModel selection = new SelectionModel();
    private final MeasureTool measureTool;
    private final BookmarkMenu bookmarkMenu;
    private final StatusBar statusBar;
    private final StackPane busy = new StackPane();
    private final Label busyText = new Label();
    private final ExecutorService work = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "xems-ui-work");
        t.setDaemon(true);
        return t;
    });
    private final OverviewInset overview;
    private final TabPane sideTabs = new TabPane();
    private final Tab attributesTab;
    private final Tab queryTab;
    private final QueryOverlayLayer queryLayer;
    private final QueryViewModel queryModel;
    private final ContextMenu mapMenu = new ContextMenu();
    private final RoadOverlayLayer roadLayer;
    private final RoadNetworkModel roadModel;
    private final RoadActions roadActions;
    private final Tab roadsTab;
    private final ExecutorService queries = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "xems-ui-query");
        t.setDaemon(true);
        return t;
    });
    private final BooleanProperty darkMap = new SimpleBooleanProperty(this, "darkMap");
    private final EditingSession editing;
    private MapRenderer renderer;
    private OpenedMap opened;
    private boolean selectionShowQueued;

    public MainWindow(Messages messages) {
        this.messages = messages;
        this.layerPanel = new LayerPanel(messages);
        this.attributePanel = new AttributePanel(messages, selection);
        this.measureTool = new MeasureTool(mapView, messages);
        this.statusBar = new StatusBar(messages);
        this.bookmarkMenu = new BookmarkMenu(messages, mapView, work, statusBar::showMessage);
        this.navigation = MapNavigation.install(mapView);
        setId("main-window");

        MapToolBar tools = new MapToolBar(messages, mapView, navigation, measureTool, bookmarkMenu,
                darkMap, statusBar::showMessage);
        VBox top = new VBox(titleBar(), tools);
        setTop(top);
        darkMap.addListener((obs, was, dark) -> showTheme(dark ? Theme.DARK : Theme.LIGHT));
        layerPanel.setPrefWidth(270);
        layerPanel.setMinWidth(200);
        queryLayer = new QueryOverlayLayer(mapView);
        queryModel = new QueryViewModel(QueryStrings.forLocale(messages.locale()), queryLayer);
        editing = new EditingSession(messages, mapView, selection, queryModel, layerPanel, navigation.toolProperty(),
                work, statusBar::showMessage);
        top.getChildren().add(editing.toolBar());
        var roadStrings = RoadStrings.forLocale(messages.locale());
        roadLayer = new RoadOverlayLayer(mapView);
        roadModel = new RoadNetworkModel(roadStrings, roadLayer, queries);
        roadModel.dataProperty().bind(queryModel.dataProperty());
        queryModel.setTaskFactory(roadModel::taskFor);
        queryModel.setSummaryNote(roadModel::summaryNote);
        roadActions = new RoadActions(roadModel, queryModel, roadStrings,
                () -> getScene() == null ? null : getScene().getWindow());
        roadsTab = new Tab(roadStrings.getString("panel.title"));
        roadsTab.setId("roads-tab");
        roadsTab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected && roadsTab.getContent() == null) {
                var scroll = new javafx.scene.control.ScrollPane(new RoadPanel(roadModel, roadActions, roadStrings));
                scroll.setFitToWidth(true);
                roadsTab.setContent(scroll);
            }
        });
        tools.getChildren().add(roadActions.menu(() -> sideTabs.getSelectionModel().select(roadsTab)));
        // whether a road network is in use, and import phases, also show in the status bar
        roadModel.networkTextProperty().addListener((obs, old, text) -> statusBar.showMessage(text));
        roadModel.statusProperty().addListener((obs, old, text) -> statusBar.showMessage(text));
        attributesTab = new Tab(messages.get("panel.attributes"), attributePanel);
        queryTab = new Tab(messages.get("panel.query"));
        // built when first opened: its forty controls would otherwise lengthen every cold start
        queryTab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected && queryTab.getContent() == null) {
                QueryPanel queryPanel = new QueryPanel(queryModel, QueryStrings.forLocale(messages.locale()), queries);
                queryPanel.setId("query-panel");
                RoadQueryControls roadControls = new RoadQueryControls(roadModel, roadStrings);
                roadControls.addTo(queryPanel.resultsTable(), queryModel);
                roadModel.routeProperty().addListener((o, old, r) -> sideTabs.getSelectionModel().select(roadsTab));
                queryPanel.getChildren().add(queryPanel.getChildren().indexOf(queryPanel.resultsTable()) - 1, roadControls);
                queryTab.setContent(queryPanel);
            }
        });
        sideTabs.getTabs().addAll(attributesTab, queryTab, roadsTab, editing.propertiesTab());
        sideTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        sideTabs.getStyleClass().add("side-tabs");
        sideTabs.setId("side-tabs");
        sideTabs.setPrefWidth(330);
        sideTabs.setMinWidth(260);
        setLeft(layerPanel);
        setRight(sideTabs);
        setBottom(statusBar);

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(28, 28);
        HBox busyBox = new HBox(10, spinner, busyText);
        busyBox.setAlignment(Pos.CENTER);
        busyBox.getStyleClass().add("map-busy");
        busyBox.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        busy.getChildren().add(busyBox);
        busy.setMouseTransparent(true);
        busy.setVisible(false);
        busy.setId("map-busy");
        ScaleBar scaleBar = new ScaleBar(messages, mapView.viewportProperty());
        NorthArrow north = new NorthArrow(messages);
        overview = new OverviewInset(mapView, work);
        StackPane.setAlignment(overview, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(overview, new Insets(0, 12, 12, 0));
        StackPane.setAlignment(scaleBar, Pos.BOTTOM_LEFT);
        StackPane.setAlignment(north, Pos.TOP_RIGHT);
        StackPane.setMargin(scaleBar, new Insets(0, 0, 12, 12));
        StackPane.setMargin(north, new Insets(12, 12, 0, 0));
        StackPane mapStack = new StackPane(mapView, scaleBar, north, overview, busy);
        VBox.setVgrow(mapStack, Priority.ALWAYS);
        setCenter(new VBox(mapStack, editing.tableDock()));

        wireMap();
    }

    /** The map canvas. */
    public MapView mapView() {
        return mapView;
    }

    /** The attribute side panel. */
    public AttributePanel attributePanel() {
        return attributePanel;
    }

    /** The selection shared by map, attribute panel and query panels. */
    public SelectionModel selection() {
        return selection;
    }

    /** The active map tool (pan, box zoom, select, measure). */
    public ObjectProperty<MapTool> toolProperty() {
        return navigation.toolProperty();
    }

    /** The measuring tool (tests read its result). */
    public MeasureTool measureTool() {
        return measureTool;
    }

    /** The opened workspace and its layers (null until loaded). */
    public OpenedMap opened() {
        return opened;
    }

    /** The query panel's view-model (tests, and to start a query from elsewhere). */
    public QueryViewModel queryModel() {
        return queryModel;
    }

    /** The road network state and actions (tests, and the road panel). */
    public RoadNetworkModel roadModel() {
        return roadModel;
    }

    /** The road actions (import, barriers) as the tool-bar menu runs them. */
    public RoadActions roadActions() {
        return roadActions;
    }

    /** The map drawing of routes, service areas and barriers. */
    public RoadOverlayLayer roadLayer() {
        return roadLayer;
    }

    /** The map drawing of query results. */
    public QueryOverlayLayer queryLayer() {
        return queryLayer;
    }

    /**
     * Makes {@code p} the incident of the query panel and brings the panel forward: what a dispatcher
     * does with the position of a call.
     */
    public void setIncident(LonLat p) {
        queryModel.incidentTextProperty().set(String.format(java.util.Locale.ROOT, "%.6f, %.6f", p.lon(), p.lat()));
        queryModel.incidentProperty().set(p);
        mapView.setPin(p);
        sideTabs.getSelectionModel().select(queryTab);
    }

    /** The view bookmarks menu. */
    public BookmarkMenu bookmarks() {
        return bookmarkMenu;
    }

    /** The layer panel. */
    public LayerPanel layerPanel() {
        return layerPanel;
    }

    /** Shows a busy indicator over the map with a changing message, until the map is shown. */
    public void showBusy(ObservableValue<String> message) {
        busyText.textProperty().bind(message);
        statusBar.showMessage(message.getValue());
        message.addListener((obs, old, now) -> statusBar.showMessage(now));
        busy.setVisible(true);
    }

    /** Shows the opened workspace's map on the whole of Xuchang. */
    public void showMap(OpenedMap map) {
        this.opened = map;
        if (renderer != null) {
            renderer.close();
        }
        layerPanel.setLayers(map.layers(), LegendArt.NONE);
        busyText.textProperty().unbind();
        busyText.setText(messages.get("status.rendering"));
        PreparedFrame first = map.firstFrame();
        if (first != null) {
            renderer = first.renderer();
            mapView.setMap(first);
        } else {
            renderer = new MapRenderer(map.layers());
            mapView.setMap(renderer, PreparedFrame.mapOptions(map.styles(), messages.locale()));
        }
        bookmarkMenu.open(map.workspace().dataDir());
        prepareAfterFirstFrame(map);
        editing.open(map);
        statusBar.showMessage(messages.get("status.ready", map.resourceCount()));
        mapView.requestFocus();
    }

    /** Whether the map is drawn on the dark (night) base map. */
    public BooleanProperty darkMapProperty() {
        return darkMap;
    }

    /**
     * Once the first frame is on screen, builds what the first glance does not need (legend icons,
     * the query panel's index) on the worker, so it does not compete with the first render.
     */
    private void prepareAfterFirstFrame(OpenedMap map) {
        javafx.beans.value.ChangeListener<RenderedMap> once = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends RenderedMap> obs, RenderedMap old,
                                RenderedMap frame) {
                mapView.shownFrameProperty().removeListener(this);
                // hidden while the whole city is on show, as at the start: its picture can wait
                overview.setMap(renderer, mapView.renderOptions());
                roadModel.open(map.workspace().dataDir());
                work.execute(() -> {
                    LegendArt art = LegendArt.draw(map.layers(), map.styles());
                    QueryData data = QueryData.of(map.resources(), map.baseFeatures());
                    Platform.runLater(() -> {
                        if (opened == map) {
                            layerPanel.setLayers(map.layers(), art);
                            queryModel.dataProperty().set(data);
                        }
                    });
                });
            }
        };
        mapView.shownFrameProperty().addListener(once);
    }

    /** Redraws map, overview and legend in {@code theme}; styles and icons are prepared on the worker. */
    private void showTheme(Theme theme) {
        OpenedMap m = opened;
        if (m == null) {
            return;
        }
        work.execute(() -> {
            StyleSet styles = StyleSet.bundled(theme);
            LegendArt art = LegendArt.draw(m.layers(), styles);
            Platform.runLater(() -> {
                RenderOptions o = mapView.renderOptions().withStyles(styles);
                mapView.setRenderOptions(o);
                overview.setRenderOptions(o);
                layerPanel.setLayers(m.layers(), art);
            });
        });
    }

    /** Editing, import and export in this window. */
    public EditingSession editing() {
        return editing;
    }

    /** Stops the workers. */
    public void dispose() {
        editing.close();
        mapView.dispose();
        work.shutdownNow();
        queryModel.cancel();
        roadModel.close();
        queries.shutdownNow();
        if (renderer != null) {
            renderer.close();
        }
    }

    private HBox titleBar() {
        Label title = new Label(messages.get("app.title"));
        title.getStyleClass().add("app-title");
        title.setId("app-title");
        Label subtitle = new Label(messages.get("app.subtitle"));
        subtitle.getStyleClass().add("app-subtitle");
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        HBox.setHgrow(gap, javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.control.Hyperlink about = new javafx.scene.control.Hyperlink(messages.get("about.button"));
        about.setId("about-data-sources");
        about.getStyleClass().add("about-link");
        about.setOnAction(e -> cn.xuchang.ems.app.ui.about.DataSourcesDialog.show(getScene().getWindow(), messages));
        HBox bar = new HBox(title, subtitle, gap, about);
        bar.getStyleClass().add("title-bar");
        return bar;
    }

    private void wireMap() {
        mapView.setOnRenderError(e -> statusBar.showMessage(messages.get("error.render",
                e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName())));
        mapView.shownFrameProperty().addListener((obs, old, frame) -> {
            if (frame != null) {
                busy.setVisible(false);
                statusBar.showRenderTime(Math.round(frame.nanos() / 1e6));
            }
        });
        mapView.viewportProperty().addListener((obs, old, v) -> {
            if (v != null) {
                statusBar.showScale(mapView.screenDensity().scaleDenominator(v.metresPerPixel()));
            }
        });
        navigation.setOnMove((x, y) -> {
            Viewport v = mapView.viewport();
            if (v != null) {
                double e = v.mapX(x);
                double n = v.mapY(y);
                LonLat p = v.toLonLat(x, y);
                statusBar.showCursor(p, e, n);
                if (measuring()) {
                    measureTool.hover(x, y);
                }
            }
        });
        navigation.setOnExit(statusBar::clearCursor);
        navigation.setOnClick(click -> {
            if (measuring()) {
                measureTool.click(click);
            } else if (click.secondary()) {
                showMapMenu(click);
            } else {
                mapMenu.hide();
                identify(click.x(), click.y());
            }
        });
        navigation.setOnBoxSelect(this::selectIn);
        navigation.setOnEscape(() -> {
            measureTool.clear();
            mapView.setPin(null);
            if (measuring()) {
                measureTool.start(navigation.toolProperty().get() == MapTool.MEASURE_AREA);
            }
            selection.clear();
        });
        measureTool.resultProperty().addListener((obs, old, text) -> {
            if (!text.isEmpty()) {
                statusBar.showMessage(text);
            }
        });
        // a new selection changes the list and the focus (null, then the first): mark the map once
        selection.selectedProperty().addListener((ListChangeListener<Resource>) c -> showSelectionSoon());
        selection.focusedProperty().addListener((obs, old, r) -> showSelectionSoon());
        layerPanel.followMap(mapView.viewportProperty(), mapView::screenDensity);
        layerPanel.setOnZoomToLayer(layer -> mapView.zoomTo(mapView.layers().extentOf(layer)));
    }

    private void showMapMenu(MapClick click) {
        Viewport v = mapView.viewport();
        if (v == null) {
            return;
        }
        LonLat p = v.toLonLat(click.x(), click.y());
        double[] en = GaussKruger.CM_114E.forward(p);
        MenuItem incident = new MenuItem(messages.get("map.menu.incident"));
        incident.setId("map-menu-incident");
        incident.setOnAction(e -> setIncident(p));
        MenuItem copy = new MenuItem(messages.get("map.menu.copy"));
        copy.setOnAction(e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(CoordinateText.decimal(p) + "; " + CoordinateText.gaussKruger(en[0], en[1]));
            Clipboard.getSystemClipboard().setContent(c);
        });
        MenuItem centre = new MenuItem(messages.get("map.menu.centre"));
        centre.setOnAction(e -> mapView.setViewport(v.withCentre(en[0], en[1]), true));
        mapMenu.getItems().setAll(incident, centre, copy);
        roadActions.routeItem(selection.focusedProperty().get(), queryModel.incidentProperty().get())
                .ifPresent(mapMenu.getItems()::add);
        var screen = mapView.localToScreen(click.x(), click.y());
        mapMenu.show(mapView, screen.getX(), screen.getY());
    }

    private boolean measuring() {
        MapTool t = navigation.toolProperty().get();
        return t == MapTool.MEASURE_LENGTH || t == MapTool.MEASURE_AREA;
    }

    private void showSelectionSoon() {
        if (!selectionShowQueued) {
            selectionShowQueued = true;
            Platform.runLater(() -> {
                selectionShowQueued = false;
                showSelection();
            });
        }
    }

    private void showSelection() {
        Resource focused = selection.focusedProperty().get();
        mapView.setSelection(selection.selectedProperty().stream().map(Resource::location).toList(),
                focused == null ? null : focused.location());
        if (selection.selectedProperty().size() > 1) {
            statusBar.showMessage(messages.get("selection.count", selection.selectedProperty().size()));
        }
    }

    private void selectIn(Envelope box) {
        Viewport v = mapView.viewport();
        if (v == null || mapView.layers() == null) {
            return;
        }
        BoxSelectTask task = new BoxSelectTask(mapView.layers(), box, v.metresPerPixel());
        task.setOnSucceeded(e -> selection.select(task.getValue()));
        task.setOnFailed(e -> queryFailed(task.getException()));
        work.execute(task);
    }

    private void queryFailed(Throwable error) {
        if (Boolean.getBoolean("xems.debug")) {
            error.printStackTrace();
        }
        statusBar.showMessage(messages.get("error.query",
                error.getMessage() != null ? error.getMessage() : error.getClass().getSimpleName()));
    }

    private void identify(double x, double y) {
        Viewport v = mapView.viewport();
        if (v == null || renderer == null) {
            return;
        }
        IdentifyTask task = new IdentifyTask(renderer, mapView.renderOptions(), v, x, y);
        task.setOnSucceeded(e -> {
            IdentifyTask.Result r = task.getValue();
            if (r.zoomTo() != null) {
                mapView.zoomTo(r.zoomTo());
            } else {
                selection.select(r.resources());
                if (!r.resources().isEmpty()) {
                    sideTabs.getSelectionModel().select(attributesTab);
                }
            }
        });
        task.setOnFailed(e -> queryFailed(task.getException()));
        work.execute(task);
    }
}
