package cn.xuchang.ems.app.ui.layers;

import cn.xuchang.ems.app.ui.i18n.Messages;
import cn.xuchang.ems.app.ui.theme.DispatchTheme;
import cn.xuchang.ems.data.domain.BaseLayer;
import cn.xuchang.ems.map.layer.BaseMapLayer;
import cn.xuchang.ems.map.layer.Layer;
import cn.xuchang.ems.map.layer.LayerListener;
import cn.xuchang.ems.map.layer.LayerStack;
import cn.xuchang.ems.map.layer.ResourceLayer;
import cn.xuchang.ems.map.projection.ScreenDensity;
import cn.xuchang.ems.map.projection.Viewport;
import cn.xuchang.ems.map.render.MapText;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBoxTreeItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.TreeItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckTreeView;

/**
 * The layer panel: a check tree of the base-map and resource layers (topmost first, as QGIS lists
 * them) with each layer's symbol and feature count, and below it a legend of every symbol state,
 * both drawn from the engine's styles. Ticking a layer shows or hides it; the context menu orders
 * layers, sets their opacity and their scale range (a row is greyed while the map is outside its
 * layer's range, as in QGIS). FX thread only.
 */
public final class LayerPanel extends VBox {
    /** Height of a layer row, logical pixels. */
    static final double ROW_PX = 24;

    private final Messages messages;
    private final CheckTreeView<LayerEntry> tree = new CheckTreeView<>();
    private final VBox legend = new VBox(3);
    private final List<CheckBoxTreeItem<LayerEntry>> layerItems = new ArrayList<>();
    private Consumer<Layer> onZoomToLayer = l -> { };
    private Supplier<Viewport> mapView = () -> null;
    private Supplier<ScreenDensity> density = () -> ScreenDensity.STANDARD;
    /** Per layer what its row showed last about the scale range, to redraw the rows only when that changes. */
    private final Map<Layer, String> scaleStates = new java.util.HashMap<>();
    private final Map<Layer, LayerListener> visibilityListeners = new java.util.HashMap<>();
    private LayerStack stack;
    private LegendArt art;
    private ContextMenu menu;
    private boolean hasActions;

    public LayerPanel(Messages messages) {
        this.messages = messages;
        getStyleClass().add("side-panel");
        setId("layer-panel");
        Label title = new Label(messages.get("panel.layers"));
        title.getStyleClass().add("panel-title");
        tree.setId("layer-tree");
        tree.getStyleClass().add("layer-tree");
        tree.setShowRoot(false);
        tree.setFixedCellSize(ROW_PX);
        tree.setCellFactory(v -> new LayerCell(this::outOfScale, this::scaleNote));
        // tall enough for every layer without a scroll bar: 9 resource kinds, 3 base layers, 2 groups
        tree.setMinHeight(14 * ROW_PX + 6);
        tree.setPrefHeight(14 * ROW_PX + 6);
        MenuItem zoom = new MenuItem(messages.get("layer.zoomTo"));
        zoom.setOnAction(e -> selectedLayer().ifPresent(onZoomToLayer));
        MenuItem up = new MenuItem(messages.get("layer.up"));
        up.setId("layer-up");
        up.setOnAction(e -> selectedLayer().ifPresent(l -> move(l, +1)));
        MenuItem down = new MenuItem(messages.get("layer.down"));
        down.setId("layer-down");
        down.setOnAction(e -> selectedLayer().ifPresent(l -> move(l, -1)));
        Slider opacity = new Slider(0, 1, 1);
        opacity.setId("layer-opacity");
        opacity.setPrefWidth(140);
        opacity.valueProperty().addListener((obs, old, v) -> selectedLayer().ifPresent(l -> l.setOpacity(v.doubleValue())));
        CustomMenuItem opacityItem = new CustomMenuItem(new HBox(6, new Label(messages.get("layer.opacity")), opacity), false);
        MenuItem maxScale = new MenuItem(messages.get("layer.maxScale"));
        maxScale.setId("layer-max-scale");
        maxScale.setOnAction(e -> selectedLayer().ifPresent(l -> showOnlyBelow(l, currentResolution())));
        MenuItem minScale = new MenuItem(messages.get("layer.minScale"));
        minScale.setId("layer-min-scale");
        minScale.setOnAction(e -> selectedLayer().ifPresent(l -> showOnlyAbove(l, currentResolution())));
        MenuItem anyScale = new MenuItem(messages.get("layer.anyScale"));
        anyScale.setId("layer-any-scale");
        anyScale.setOnAction(e -> selectedLayer().ifPresent(l -> l.setResolutionRange(0, Double.POSITIVE_INFINITY)));
        MenuItem scaleRange = new MenuItem(messages.get("layer.scaleRange.menu"));
        scaleRange.setId("layer-scale-range");
        scaleRange.setOnAction(e -> selectedLayer().ifPresent(this::editScaleRange));
        ContextMenu menu = new ContextMenu(zoom, new SeparatorMenuItem(), up, down, new SeparatorMenuItem(), opacityItem,
                new SeparatorMenuItem(), scaleRange, maxScale, minScale, anyScale);
        menu.setOnShowing(e -> {
            Optional<Layer> layer = selectedLayer();
            menu.getItems().forEach(i -> i.setDisable(layer.isEmpty()));
            layer.ifPresent(l -> opacity.setValue(l.opacity()));
        });
        tree.setContextMenu(menu);
        this.menu = menu;

        Label legendTitle = new Label(messages.get("panel.legend"));
        legendTitle.getStyleClass().add("panel-title");
        legend.setId("legend");
        legend.setPadding(new Insets(0, 10, 10, 10));
        ScrollPane legendScroll = new ScrollPane(legend);
        legendScroll.setFitToWidth(true);
        legendScroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(legendScroll, Priority.ALWAYS);
        getChildren().addAll(title, tree, legendTitle, legendScroll);
    }

    /** The layer of the selected tree row, if a layer (not a group) is selected. */
    private Optional<Layer> selectedLayer() {
        TreeItem<LayerEntry> item = tree.getSelectionModel().getSelectedItem();
        return item == null || item.getValue().isGroup() ? Optional.empty() : Optional.of(item.getValue().layer());
    }

    /**
     * Moves {@code layer} one step up (+1, drawn later, listed higher) or down (−1) in the drawing
     * order, within its group: base layers stay under the resources.
     */
    public void move(Layer layer, int step) {
        List<Layer> all = stack.layers();
        int from = all.indexOf(layer);
        int to = from + step;
        if (from < 0 || to < 0 || to >= all.size() || (all.get(to) instanceof ResourceLayer) != (layer instanceof ResourceLayer)) {
            return;
        }
        stack.move(layer, to);
        setLayers(stack, art);
        layerItems.stream().filter(i -> i.getValue().layer() == layer).findFirst()
                .ifPresent(i -> tree.getSelectionModel().select(i));
    }

    /** Adds a command for the chosen layer at the end of the layer's context menu. */
    public void addLayerAction(String text, String id, Consumer<Layer> action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> selectedLayer().ifPresent(action));
        if (!hasActions) {
            menu.getItems().add(new SeparatorMenuItem());
            hasActions = true;
        }
        menu.getItems().add(item);
    }

    /** Lists the layers again with their current feature counts (after their data changed). */
    public void refreshCounts() {
        if (stack != null) {
            Optional<Layer> chosen = selectedLayer();
            setLayers(stack, art);
            chosen.flatMap(l -> layerItems.stream().filter(i -> i.getValue().layer() == l).findFirst())
                    .ifPresent(i -> tree.getSelectionModel().select(i));
        }
    }

    /**
     * Follows the map's view: the scale-range commands take its scale, and rows of layers not drawn
     * at it are greyed. {@code density} converts scales as the status bar does.
     */
    public void followMap(ObservableValue<Viewport> viewport, Supplier<ScreenDensity> density) {
        this.mapView = viewport::getValue;
        this.density = density;
        viewport.addListener((obs, old, v) -> refreshScaleStates());
        refreshScaleStates();
    }

    /**
     * Opens the "Scale range…" dialog for {@code layer} (not waiting for it); OK sets the range on
     * the layer. Returns the dialog (tests fill it in).
     */
    public Dialog<ScaleRange> editScaleRange(Layer layer) {
        ScreenDensity d = density.get();
        ScaleRangeDialog dialog = new ScaleRangeDialog(messages, titleOf(layer), ScaleRange.of(layer, d),
                () -> d.scaleDenominator(currentResolution()));
        if (getScene() != null) {
            dialog.initOwner(getScene().getWindow());
        }
        DispatchTheme.apply(dialog.getDialogPane().getScene());
        dialog.resultProperty().addListener((obs, old, range) -> {
            if (range != null) {
                range.applyTo(layer, d);
            }
        });
        dialog.show();
        return dialog;
    }

    /** The map's metres per pixel now (1 before the map is shown). */
    private double currentResolution() {
        Viewport v = mapView.get();
        return v == null ? 1.0 : v.metresPerPixel();
    }

    /** Whether {@code layer} is limited to a scale range that the map's scale is outside of now. */
    boolean outOfScale(Layer layer) {
        Viewport v = mapView.get();
        return v != null && !layer.inResolutionRange(v.metresPerPixel());
    }

    /** The tooltip of a scale-limited layer's row: its range, and whether it is drawn now; empty for other layers. */
    Optional<String> scaleNote(Layer layer) {
        if (!layer.scaleLimited()) {
            return Optional.empty();
        }
        ScaleRange r = ScaleRange.of(layer, density.get());
        ScaleRangeInput text = new ScaleRangeInput(messages);
        String range;
        if (r.minimumScale() > 0 && r.maximumScale() > 0) {
            range = messages.get("layer.scaleRange.between", text.format(r.maximumScale()), text.format(r.minimumScale()));
        } else if (r.minimumScale() > 0) {
            range = messages.get("layer.scaleRange.closerThan", text.format(r.minimumScale()));
        } else {
            range = messages.get("layer.scaleRange.fartherThan", text.format(r.maximumScale()));
        }
        return Optional.of(outOfScale(layer) ? range + "\n" + messages.get("layer.scaleRange.outside") : range);
    }

    /** Redraws the rows whose scale state changed (the map's scale crossed a layer's limit, a range was set). */
    private void refreshScaleStates() {
        boolean changed = false;
        for (CheckBoxTreeItem<LayerEntry> item : layerItems) {
            Layer l = item.getValue().layer();
            String state = outOfScale(l) + "|" + scaleNote(l).orElse("");
            changed |= !state.equals(scaleStates.put(l, state));
        }
        if (changed) {
            tree.refresh();
        }
    }

    /**
     * Draws {@code layer} only at {@code metresPerPixel} and finer (zoomed in at least this far),
     * as QGIS's "maximum scale"; a finer lower bound already set is kept only if it still fits.
     */
    public void showOnlyBelow(Layer layer, double metresPerPixel) {
        double min = Math.min(layer.minResolution(), metresPerPixel);
        layer.setResolutionRange(min, metresPerPixel);
    }

    /** Draws {@code layer} only at {@code metresPerPixel} and coarser (zoomed out at least this far). */
    public void showOnlyAbove(Layer layer, double metresPerPixel) {
        double max = Math.max(layer.maxResolution(), metresPerPixel);
        layer.setResolutionRange(metresPerPixel, max);
    }

    /** Told when the user asks to zoom to a layer. */
    public void setOnZoomToLayer(Consumer<Layer> c) {
        this.onZoomToLayer = c;
    }

    /** Lists the layers of {@code stack} with the icons of {@code art} (drawn ahead, off the FX thread). */
    public void setLayers(LayerStack stack, LegendArt art) {
        this.stack = stack;
        this.art = art;
        visibilityListeners.forEach(Layer::removeListener);
        visibilityListeners.clear();
        layerItems.clear();
        CheckBoxTreeItem<LayerEntry> root = new CheckBoxTreeItem<>(LayerEntry.group(""));
        CheckBoxTreeItem<LayerEntry> resources = new CheckBoxTreeItem<>(LayerEntry.group(messages.get("group.resources")));
        CheckBoxTreeItem<LayerEntry> base = new CheckBoxTreeItem<>(LayerEntry.group(messages.get("group.base")));
        resources.setExpanded(true);
        base.setExpanded(true);
        root.getChildren().add(resources);
        root.getChildren().add(base);
        List<Layer> topFirst = new ArrayList<>(stack.layers());
        java.util.Collections.reverse(topFirst);
        for (Layer layer : topFirst) {
            CheckBoxTreeItem<LayerEntry> item = new CheckBoxTreeItem<>(
                    new LayerEntry(layer, titleOf(layer), layer.index().size()));
            if (art.has(layer.id())) {
                item.setGraphic(LegendIcons.view(art.layerIcon(layer.id()), LegendArt.SCALE));
            }
            layerItems.add(item);
            (layer instanceof ResourceLayer ? resources : base).getChildren().add(item);
            // after adding, so the group's box shows the state of its layers
            item.setSelected(layer.visible());
            item.selectedProperty().addListener((obs, was, now) -> layer.setVisible(now));
            // visibility changed elsewhere (a query panel, a test) shows in the tree too
            LayerListener follow = (l, dataChanged) -> Platform.runLater(() -> {
                item.setSelected(l.visible());
                refreshScaleStates();
            });
            layer.addListener(follow);
            visibilityListeners.put(layer, follow);
        }
        tree.setRoot(root);
        scaleStates.clear();
        refreshScaleStates();
        // the legend is below the fold of a first glance: fill it in the next pulse, so the
        // hand-over of the map stays a short stretch of FX-thread work
        Platform.runLater(() -> fillLegend(topFirst));
    }

    /** The tree item of a layer (tests, and to reflect visibility changed elsewhere). */
    public CheckBoxTreeItem<LayerEntry> itemOf(String layerId) {
        return layerItems.stream().filter(i -> i.getValue().layer().id().equals(layerId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no layer '" + layerId + "' in the panel"));
    }

    /** The translated title of a layer. */
    public String titleOf(Layer layer) {
        if (layer instanceof ResourceLayer r) {
            return messages.get("kind." + r.kind().code());
        }
        if (layer instanceof BaseMapLayer b) {
            return messages.get("layer." + b.kind().code());
        }
        return layer.id();
    }

    private void fillLegend(List<Layer> topFirst) {
        legend.getChildren().clear();
        MapText text = MapText.of(messages.locale());
        for (Layer layer : topFirst) {
            if (!(layer instanceof ResourceLayer) && !(layer instanceof BaseMapLayer b && b.kind() == BaseLayer.COUNTY)) {
                continue;
            }
            if (!art.has(layer.id())) {
                continue;
            }
            legend.getChildren().add(legendRow(LegendIcons.view(art.layerIcon(layer.id()), LegendArt.SCALE),
                    titleOf(layer), true));
            for (Map.Entry<String, BufferedImage> state : art.stateIcons(layer.id()).entrySet()) {
                HBox row = legendRow(LegendIcons.view(state.getValue(), LegendArt.SCALE),
                        text.stateTitle(layer.id(), state.getKey()), false);
                row.setPadding(new Insets(0, 0, 0, 18));
                legend.getChildren().add(row);
            }
        }
    }

    private static HBox legendRow(javafx.scene.Node icon, String title, boolean heading) {
        Label l = new Label(title);
        if (heading) {
            l.getStyleClass().add("legend-heading");
        }
        HBox row = new HBox(6, icon, l);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }
}
