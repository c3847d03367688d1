package cn.xuchang.ems.app.ui.layers;

import cn.xuchang.ems.app.ui.i18n.Messages;
import cn.xuchang.ems.data.domain.BaseLayer;
import cn.xuchang.ems.map.layer.BaseMapLayer;
import cn.xuchang.ems.map.layer.Layer;
import cn.xuchang.ems.map.layer.LayerStack;
import cn.xuchang.ems.map.layer.ResourceLayer;
import cn.xuchang.ems.map.render.MapText;
import cn.xuchang.ems.map.style.LayerStyle;
import cn.xuchang.ems.map.style.PointSymbol;
import cn.xuchang.ems.map.style.StyleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBoxTreeItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
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
        zoom.setOnAction(e -> {
            TreeItem<LayerEntry> item = tree.getSelectionModel().getSelectedItem();
            if (item != null && !item.getValue().isGroup()) {
                onZoomToLayer.accept(item.getValue().layer());
            }
        });
        tree.setContextMenu(new ContextMenu(zoom));

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

    /** Told when the user asks to zoom to a layer. */
    public void setOnZoomToLayer(Consumer<Layer> c) {
        this.onZoomToLayer = c;
    }

    /** Lists the layers of {@code stack} with icons from {@code styles}. */
    public void setLayers(LayerStack stack, StyleSet styles) {
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
            styles.find(layer.id()).ifPresent(s -> item.setGraphic(LegendIcons.of(s, 2)));
            layerItems.add(item);
            (layer instanceof ResourceLayer ? resources : base).getChildren().add(item);
            // after adding, so the group's box shows the state of its layers
            item.setSelected(layer.visible());
            item.selectedProperty().addListener((obs, was, now) -> layer.setVisible(now));
            // visibility changed elsewhere (a query panel, a test) shows in the tree too
            layer.addListener((l, dataChanged) -> Platform.runLater(() -> item.setSelected(l.visible())));
        }
        tree.setRoot(root);
        fillLegend(topFirst, styles);
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

    private void fillLegend(List<Layer> topFirst, StyleSet styles) {
        legend.getChildren().clear();
        MapText text = MapText.of(messages.locale());
        for (Layer layer : topFirst) {
            if (!(layer instanceof ResourceLayer) && !(layer instanceof BaseMapLayer b && b.kind() == BaseLayer.COUNTY)) {
                continue;
            }
            LayerStyle style = styles.find(layer.id()).orElse(null);
            if (style == null) {
                continue;
            }
            legend.getChildren().add(legendRow(LegendIcons.of(style, 2), titleOf(layer), true));
            for (Map.Entry<String, PointSymbol> state : style.stateSymbols().entrySet()) {
                HBox row = legendRow(LegendIcons.of(state.getValue(), 2), text.stateTitle(layer.id(), state.getKey()), false);
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
