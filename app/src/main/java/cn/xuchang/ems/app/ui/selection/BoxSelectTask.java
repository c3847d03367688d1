package cn.xuchang.ems.app.ui.selection;

import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.map.layer.Layer;
import cn.xuchang.ems.map.layer.LayerStack;
import cn.xuchang.ems.map.layer.MapFeature;
import cn.xuchang.ems.map.layer.ResourceLayer;
import java.util.ArrayList;
import java.util.List;
import javafx.concurrent.Task;
import org.locationtech.jts.geom.Envelope;

/**
 * The resources of the layers drawn at the current scale whose position lies in a rectangle
 * (EPSG:4547): spatial-index query first, exact point test second, off the FX thread. Topmost layer
 * first, as the layer panel lists them.
 */
public final class BoxSelectTask extends Task<List<Resource>> {
    private final LayerStack layers;
    private final Envelope box;
    private final double metresPerPixel;

    public BoxSelectTask(LayerStack layers, Envelope box, double metresPerPixel) {
        this.layers = layers;
        this.box = new Envelope(box);
        this.metresPerPixel = metresPerPixel;
    }

    @Override
    protected List<Resource> call() {
        List<Resource> found = new ArrayList<>();
        List<Layer> topFirst = new ArrayList<>(layers.layers());
        java.util.Collections.reverse(topFirst);
        for (Layer layer : topFirst) {
            if (!(layer instanceof ResourceLayer) || !layer.drawnAt(metresPerPixel)) {
                continue;
            }
            layer.index().query(box, (MapFeature f) -> {
                if (box.contains(f.x(), f.y())) {
                    f.resource().ifPresent(found::add);
                }
            });
        }
        return found;
    }
}
