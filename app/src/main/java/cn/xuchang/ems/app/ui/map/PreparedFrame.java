package cn.xuchang.ems.app.ui.map;

import cn.xuchang.ems.map.layer.LayerStack;
import cn.xuchang.ems.map.projection.Viewport;
import cn.xuchang.ems.map.render.MapRenderer;
import cn.xuchang.ems.map.render.RenderJob;
import cn.xuchang.ems.map.render.RenderOptions;
import cn.xuchang.ems.map.style.StyleSet;
import java.util.Locale;
import java.util.Objects;

/**
 * A renderer whose first frame (the whole of Xuchang on a canvas of the size the map had when the
 * window last closed) is already being drawn while the window is still being built. The map canvas
 * takes the job instead of starting its own when its first view turns out to be that same view
 * ({@link MapView#setMap(PreparedFrame)}); otherwise its own render cancels it. This takes the first
 * render off the cold start's critical path: the layers are usually ready before the window is.
 *
 * @param renderer renders the layers (owned by whoever shows the frame: close it with the window)
 * @param options  the options the first frame is drawn with ({@link #mapOptions})
 * @param job      the first frame's render, already submitted
 */
public record PreparedFrame(MapRenderer renderer, RenderOptions options, RenderJob job) {

    public PreparedFrame {
        Objects.requireNonNull(renderer, "renderer");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(job, "job");
    }

    /** The options the main map is drawn with: the given styles and language, no baked-in furniture. */
    public static RenderOptions mapOptions(StyleSet styles, Locale locale) {
        return RenderOptions.defaults().withStyles(styles).withLocale(locale).withFurniture(false);
    }

    /**
     * Starts rendering the home view of {@code layers} for a canvas of {@code widthPx} × {@code heightPx}
     * logical pixels at {@code outputScale} (HiDPI), as {@link MapView#zoomHome()} will ask for it.
     */
    public static PreparedFrame start(LayerStack layers, StyleSet styles, Locale locale, int widthPx, int heightPx,
                                      double outputScale) {
        MapRenderer renderer = new MapRenderer(layers);
        RenderOptions options = mapOptions(styles, locale).withScaleFactor(outputScale);
        Viewport home = MapView.homeViewport(layers, widthPx, heightPx);
        return new PreparedFrame(renderer, options, renderer.submit(home, options));
    }
}
