package cn.xuchang.ems.map.render;

import cn.xuchang.ems.map.projection.Viewport;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.ArrayList;
import java.util.List;

/**
 * The last frame's base map (the polygon and line layers under the points) as pixels. A frame at the
 * same resolution, style and base-layer state whose view moved by whole device pixels (a drag) copies
 * the overlap and draws only the strips that came into view; an unchanged view copies everything.
 * Strips match their neighbours exactly: moving by whole pixels leaves antialiasing and dash phases
 * unchanged. Thread-safe (one frame at a time restores or stores).
 */
final class BaseRasterCache {

    /** Everything the base raster depends on besides the view position. */
    record Key(double mpp, double scale, int pw, int ph, Object styles, List<Object> layerStates) {
    }

    private Key key;
    private Viewport viewport;
    private int[] pixels;

    /**
     * Copies what it can of the cached base raster into {@code target} (a {@code pw x ph} INT_ARGB_PRE
     * frame) and returns the device rectangles still to draw: the whole frame on a miss.
     */
    synchronized List<Rectangle> restore(BufferedImage target, Key k, Viewport vp) {
        List<Rectangle> full = List.of(new Rectangle(0, 0, k.pw(), k.ph()));
        if (pixels == null || !k.equals(key)) {
            return full;
        }
        double fdx = (viewport.centreX() - vp.centreX()) * k.scale() / k.mpp();
        double fdy = (vp.centreY() - viewport.centreY()) * k.scale() / k.mpp();
        long dx = Math.round(fdx);
        long dy = Math.round(fdy);
        if (Math.abs(fdx - dx) > 1e-6 || Math.abs(fdy - dy) > 1e-6 || Math.abs(dx) >= k.pw() || Math.abs(dy) >= k.ph()) {
            return full;
        }
        int w = k.pw();
        int h = k.ph();
        int idx = (int) dx;
        int idy = (int) dy;
        int[] dst = ((DataBufferInt) target.getRaster().getDataBuffer()).getData();
        int x0 = Math.max(0, idx);
        int x1 = Math.min(w, w + idx);
        for (int y = Math.max(0, idy); y < Math.min(h, h + idy); y++) {
            System.arraycopy(pixels, (y - idy) * w + (x0 - idx), dst, y * w + x0, x1 - x0);
        }
        List<Rectangle> exposed = new ArrayList<>(2);
        if (idx > 0) {
            exposed.add(new Rectangle(0, 0, idx, h));
        } else if (idx < 0) {
            exposed.add(new Rectangle(w + idx, 0, -idx, h));
        }
        if (idy > 0) {
            exposed.add(new Rectangle(0, 0, w, idy));
        } else if (idy < 0) {
            exposed.add(new Rectangle(0, h + idy, w, -idy));
        }
        return exposed;
    }

    /** Remembers the base raster of a frame (call after the base layers are drawn, before the points). */
    synchronized void store(BufferedImage frame, Key k, Viewport vp) {
        int[] src = ((DataBufferInt) frame.getRaster().getDataBuffer()).getData();
        if (pixels == null || pixels.length != src.length) {
            pixels = new int[src.length];
        }
        System.arraycopy(src, 0, pixels, 0, src.length);
        key = k;
        viewport = vp;
    }
}
