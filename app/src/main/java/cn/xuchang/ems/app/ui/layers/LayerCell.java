package cn.xuchang.ems.app.ui.layers;

import cn.xuchang.ems.map.layer.Layer;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxTreeCell;

/**
 * A row of the layer tree: the check box, symbol and title of a layer; a layer limited to a scale
 * range gets a tooltip naming the range, and its title is greyed while the map is outside it (as
 * QGIS shows it). FX thread only.
 */
final class LayerCell extends CheckBoxTreeCell<LayerEntry> {
    /** Style class of a row whose layer is not drawn at the map's scale. */
    static final String OUT_OF_SCALE = "out-of-scale";

    private final Predicate<Layer> outOfScale;
    private final Function<Layer, Optional<String>> scaleNote;

    LayerCell(Predicate<Layer> outOfScale, Function<Layer, Optional<String>> scaleNote) {
        this.outOfScale = outOfScale;
        this.scaleNote = scaleNote;
    }

    @Override
    public void updateItem(LayerEntry entry, boolean empty) {
        super.updateItem(entry, empty);
        Layer layer = empty || entry == null ? null : entry.layer();
        boolean grey = layer != null && outOfScale.test(layer);
        getStyleClass().remove(OUT_OF_SCALE);
        if (grey) {
            getStyleClass().add(OUT_OF_SCALE);
        }
        Optional<String> note = layer == null ? Optional.empty() : scaleNote.apply(layer);
        setTooltip(note.map(Tooltip::new).orElse(null));
    }
}
