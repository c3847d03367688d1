package cn.xuchang.ems.map.style;

import cn.xuchang.ems.data.domain.BaseLayer;
import cn.xuchang.ems.data.domain.ResourceKind;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * All styles of one theme: one style file per layer ({@code county.style}, {@code camera.style}, ...)
 * plus {@code map.style} for the frame. Base-layer styles come from the theme's folder, resource
 * styles from the shared {@code resources} folder. Immutable and thread-safe; the bundled sets are
 * loaded once and cached.
 */
public final class StyleSet {

    /** Class-path folder of the bundled style files. */
    public static final String ROOT = "/cn/xuchang/ems/map/styles/";

    private static final Map<Theme, StyleSet> BUNDLED = new ConcurrentHashMap<>();

    private final Theme theme;
    private final FrameStyle frame;
    private final Map<String, LayerStyle> layers;

    /** A style set from already parsed styles (tests, user-supplied styles). */
    public StyleSet(Theme theme, FrameStyle frame, Map<String, LayerStyle> layers) {
        this.theme = Objects.requireNonNull(theme, "theme");
        this.frame = Objects.requireNonNull(frame, "frame");
        this.layers = Map.copyOf(layers);
    }

    /** The bundled styles of a theme. Fails with a {@link StyleException} if a bundled file is broken. */
    public static StyleSet bundled(Theme theme) {
        return BUNDLED.computeIfAbsent(theme, StyleSet::load);
    }

    private static StyleSet load(Theme theme) {
        String base = ROOT + theme.code() + "/";
        FrameStyle frame = FrameStyle.from(StyleFile.load(base + "map.style"));
        Map<String, LayerStyle> layers = new LinkedHashMap<>();
        for (BaseLayer b : BaseLayer.values()) {
            layers.put(b.code(), LayerStyle.from(b.code(), StyleFile.load(base + b.code() + ".style")));
        }
        for (ResourceKind k : ResourceKind.values()) {
            layers.put(k.code(), LayerStyle.from(k.code(), StyleFile.load(ROOT + "resources/" + k.code() + ".style")));
        }
        return new StyleSet(theme, frame, layers);
    }

    /** The theme. */
    public Theme theme() {
        return theme;
    }

    /** Frame colours. */
    public FrameStyle frame() {
        return frame;
    }

    /** Style of a layer id. */
    public Optional<LayerStyle> find(String layerId) {
        return Optional.ofNullable(layers.get(layerId));
    }

    /** Style of a layer id; fails when there is none. */
    public LayerStyle get(String layerId) {
        LayerStyle s = layers.get(layerId);
        if (s == null) {
            throw new IllegalArgumentException("no style for layer '" + layerId + "'");
        }
        return s;
    }
}
