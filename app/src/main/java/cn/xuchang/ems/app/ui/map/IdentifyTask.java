package cn.xuchang.ems.app.ui.map;

import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.map.layer.MapFeature;
import cn.xuchang.ems.map.projection.Viewport;
import cn.xuchang.ems.map.render.Hit;
import cn.xuchang.ems.map.render.MapRenderer;
import cn.xuchang.ems.map.render.RenderOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.concurrent.Task;
import org.locationtech.jts.geom.Envelope;

/**
 * What lies under a click, found through the engine's hit-test (spatial index) off the FX thread.
 * Resource symbols and cluster members become the candidates for the attribute panel, nearest
 * first; a click on a large cluster asks to zoom into it instead, as the cluster symbol promises.
 */
public final class IdentifyTask extends Task<IdentifyTask.Result> {
    /** Pick tolerance around the cursor, logical pixels (half a typical symbol). */
    static final double TOLERANCE_PX = 8;
    /** A cluster of more members than this zooms in on click instead of listing them. */
    static final int MAX_LISTED = 12;

    private final MapRenderer renderer;
    private final RenderOptions options;
    private final Viewport viewport;
    private final double x;
    private final double y;

    /**
     * The outcome of a click.
     *
     * @param resources resources under the cursor, nearest first (empty: nothing there)
     * @param zoomTo    extent to zoom to when a large cluster was clicked, else null
     */
    public record Result(List<Resource> resources, Envelope zoomTo) {
    }

    public IdentifyTask(MapRenderer renderer, RenderOptions options, Viewport viewport, double x, double y) {
        this.renderer = renderer;
        this.options = options;
        this.viewport = viewport;
        this.x = x;
        this.y = y;
    }

    @Override
    protected Result call() {
        List<Hit> hits = new ArrayList<>(renderer.hitTest(viewport, x, y, TOLERANCE_PX, options));
        hits.sort((a, b) -> Double.compare(a.distancePx(), b.distancePx()));
        Map<UUID, Resource> found = new LinkedHashMap<>();
        Envelope clusterExtent = new Envelope();
        for (Hit h : hits) {
            for (MapFeature f : h.features()) {
                f.resource().ifPresent(r -> found.putIfAbsent(r.id(), r));
            }
            if (h.cluster()) {
                clusterExtent.expandToInclude(h.membersEnvelope());
            }
        }
        if (found.size() > MAX_LISTED && !clusterExtent.isNull()) {
            return new Result(List.of(), clusterExtent);
        }
        return new Result(List.copyOf(found.values()), null);
    }
}
