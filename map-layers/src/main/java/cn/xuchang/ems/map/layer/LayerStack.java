package cn.xuchang.ems.map.layer;

import cn.xuchang.ems.data.domain.BaseFeature;
import cn.xuchang.ems.data.domain.BaseLayer;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.map.style.LayerStyle;
import cn.xuchang.ems.map.style.StyleSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.locationtech.jts.geom.Envelope;

/**
 * The layers of a map in drawing order (first = bottom). Thread-safety: the order is a
 * copy-on-write list, safe to read from a render worker while the UI reorders; listeners of the
 * stack hear about every layer change as well as reordering.
 */
public final class LayerStack {

    private final CopyOnWriteArrayList<Layer> layers = new CopyOnWriteArrayList<>();
    private final List<LayerListener> listeners = new CopyOnWriteArrayList<>();
    private final LayerListener relay = (layer, data) -> fire(layer, data);

    /** An empty stack. */
    public LayerStack() {
    }

    /**
     * The standard emergency map: counties, rivers, places, then the resource layers (area-like and
     * less urgent kinds below, hazards and rescue forces on top), each with the default scale range
     * of its style in {@code styles}.
     */
    public static LayerStack standard(Collection<BaseFeature> base, Collection<Resource> resources, StyleSet styles) {
        LayerStack stack = new LayerStack();
        stack.add(new BaseMapLayer(BaseLayer.COUNTY, base), styles);
        stack.add(new BaseMapLayer(BaseLayer.WATER, base), styles);
        stack.add(new BaseMapLayer(BaseLayer.RIVER, base), styles);
        stack.add(new BaseMapLayer(BaseLayer.ROAD, base), styles);
        stack.add(new BaseMapLayer(BaseLayer.PLACE, base), styles);
        for (ResourceKind k : DRAW_ORDER) {
            stack.add(new ResourceLayer(k, resources), styles);
        }
        return stack;
    }

    /** Resource kinds bottom to top: what must never be hidden is drawn last. */
    public static final List<ResourceKind> DRAW_ORDER = List.of(ResourceKind.SCHOOL, ResourceKind.KINDERGARTEN,
            ResourceKind.ENTERPRISE, ResourceKind.CAMERA, ResourceKind.SUPPLY_DEPOT, ResourceKind.RESCUE_BASE,
            ResourceKind.SHELTER, ResourceKind.RESCUE_TEAM, ResourceKind.HAZARD_SOURCE);

    private void add(Layer layer, StyleSet styles) {
        Optional<LayerStyle> s = styles.find(layer.id());
        s.ifPresent(st -> layer.setResolutionRange(st.minResolution(), st.maxResolution()));
        add(layer);
    }

    /** Adds a layer on top. */
    public void add(Layer layer) {
        layers.add(layer);
        layer.addListener(relay);
        fire(layer, true);
    }

    /** Removes a layer. */
    public void remove(Layer layer) {
        if (layers.remove(layer)) {
            layer.removeListener(relay);
            fire(layer, true);
        }
    }

    /** Moves a layer to {@code position} in drawing order (0 = bottom). */
    public void move(Layer layer, int position) {
        synchronized (layers) {
            if (!layers.remove(layer)) {
                throw new IllegalArgumentException("layer " + layer.id() + " is not in this stack");
            }
            layers.add(Math.max(0, Math.min(position, layers.size())), layer);
        }
        fire(layer, false);
    }

    /** Snapshot of the layers, bottom first. */
    public List<Layer> layers() {
        return List.copyOf(layers);
    }

    /** The layer with this id. */
    public Optional<Layer> find(String id) {
        return layers.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /** The layer of a resource kind. */
    public Optional<ResourceLayer> resourceLayer(ResourceKind kind) {
        return layers.stream().filter(l -> l instanceof ResourceLayer r && r.kind() == kind)
                .map(ResourceLayer.class::cast).findFirst();
    }

    /** The layer of a base-map kind. */
    public Optional<BaseMapLayer> baseLayer(BaseLayer kind) {
        return layers.stream().filter(l -> l instanceof BaseMapLayer b && b.kind() == kind)
                .map(BaseMapLayer.class::cast).findFirst();
    }

    /** Hands every resource layer its kind's resources (after loading or a store change). */
    public void setResources(Collection<Resource> resources) {
        for (Layer l : layers) {
            if (l instanceof ResourceLayer r) {
                r.setResources(resources);
            }
        }
    }

    /** Envelope (EPSG:4547) of the counties, or of everything when there are no counties: "zoom to Xuchang". */
    public Envelope homeExtent() {
        Envelope counties = baseLayer(BaseLayer.COUNTY).map(l -> l.index().extent()).orElse(new Envelope());
        if (!counties.isNull()) {
            return counties;
        }
        Envelope all = new Envelope();
        for (Layer l : layers) {
            all.expandToInclude(l.index().extent());
        }
        return all;
    }

    /** Envelope (EPSG:4547) of the features of a layer, for "zoom to layer". */
    public Envelope extentOf(Layer layer) {
        return layer.index().extent();
    }

    /** Envelope (EPSG:4547) of the county with this administrative code, for "zoom to county". */
    public Optional<Envelope> countyExtent(String countyCode) {
        return baseLayer(BaseLayer.COUNTY).flatMap(l -> l.index().features().stream()
                .filter(f -> f.code().equals(countyCode)).findFirst().map(MapFeature::envelope));
    }

    /** Registers a listener told about any layer change or reordering. */
    public void addListener(LayerListener l) {
        listeners.add(l);
    }

    /** Removes a listener. */
    public void removeListener(LayerListener l) {
        listeners.remove(l);
    }

    private void fire(Layer layer, boolean data) {
        for (LayerListener l : new ArrayList<>(listeners)) {
            l.layerChanged(layer, data);
        }
    }
}
