package cn.xuchang.ems.map.render;

import cn.xuchang.ems.map.projection.Viewport;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * A finished frame: the image (TYPE_INT_ARGB_PRE, {@code viewport.width * scaleFactor} pixels wide)
 * and the viewport it shows. The image is not touched after it is handed out; callers must not
 * change it either.
 *
 * @param viewport    what it shows
 * @param scaleFactor device pixels per logical pixel
 * @param image       the pixels
 * @param drawnFeatures symbols, clusters and shapes drawn in this frame (statistics and tests); base-map
 *                      shapes copied from the previous frame's raster are not counted
 * @param nanos       render time
 * @param stepNanos   time per layer id, then "labels" and "furniture", in drawing order (diagnostics)
 */
public record RenderedMap(Viewport viewport, double scaleFactor, BufferedImage image, int drawnFeatures, long nanos,
                          java.util.Map<String, Long> stepNanos) {

    public RenderedMap {
        stepNanos = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stepNanos));
    }

    /** Premultiplied ARGB pixels, row by row (e.g. for JavaFX {@code PixelFormat.getIntArgbPreInstance()}). */
    public int[] argbPremultiplied() {
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }

    /** Pixel width of the image. */
    public int pixelWidth() {
        return image.getWidth();
    }

    /** Pixel height of the image. */
    public int pixelHeight() {
        return image.getHeight();
    }
}
