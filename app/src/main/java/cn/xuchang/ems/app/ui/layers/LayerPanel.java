package cn.xuchang.ems.app.ui.layers;

import cn.xuchang.ems.app.ui.i18n.Messages;
import cn.xuchang.ems.data.domain.BaseLayer;
import cn.xuchang.ems.map.layer.BaseMapLayer;
import cn.xuchang.ems.map.layer.Layer;
import cn.xuchang.ems.map.layer.LayerListener;
import cn.xuchang.ems.map.layer.LayerStack;
import cn.xuchang.ems.map.layer.ResourceLayer;
import cn.xuchang.ems.map.render.MapText;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBoxTreeItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
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
 * both drawn from the engine's styles. Ticking a layer shows or hides it. FX thread only.
 */
public final class LayerPanel extends VBox {
    /** Height of a layer row, logical pixels. */
    static final double ROW_PX = 24;

    private final Messages messages;
    private final CheckTreeView<LayerEntry> tree = new CheckTreeView<>();
    private final VBox legend = new VBox(3);
    private final List<CheckBoxTreeItem<LayerEntry>> layerItems = new ArrayList<>();
    private Consumer<Layer> onZoomToLayer = l -> { };
    private DoubleSupplier currentResolution = () -> 1.0;
    private final Map<Layer, LayerListener> visibilityListeners = new java.util.HashMap<>();
    private LayerStack stack;
    private LegendArt art;

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
        maxScale.setOnAction(e -> selectedLayer().ifPresent(l -> showOnlyBelow(l, currentResolution.getAsDouble())));
        MenuItem minScale = new MenuItem(messages.get("layer.minScale"));
        minScale.setId("layer-min-scale");
        minScale.setOnAction(e -> selectedLayer().ifPresent(l -> showOnlyAbove(l, currentResolution.getAsDouble())));
        MenuItem anyScale = new MenuItem(messages.get("layer.anyScale"));
        anyScale.setId("layer-any-scale");
        anyScale.setOnAction(e -> selectedLayer().ifPresent(l -> l.setResolutionRange(0, Double.POSITIVE_INFINITY)));
        ContextMenu menu = new ContextMenu(zoom, new SeparatorMenuItem(), up, down, new SeparatorMenuItem(), opacityItem,
                new SeparatorMenuItem(), maxScale, minScale, anyScale);
        menu.setOnShowing(e -> {
            Optional<Layer> layer = selectedLayer();
            menu.getItems().forEach(i -> i.setDisable(layer.isEmpty()));
            layer.ifPresent(l -> opacity.setValue(l.opacity()));
        });
        tree.setContextMenu(menu);

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

    /** Where the panel reads the map's current metres per pixel (for the scale-range commands). */
    public void setCurrentResolution(DoubleSupplier resolution) {
        this.currentResolution = resolution;
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
            LayerListener follow = (l, dataChanged) -> Platform.runLater(() -> item.setSelected(l.visible()));
            layer.addListener(follow);
            visibilityListeners.put(layer, follow);
        }
        tree.setRoot(root);
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
