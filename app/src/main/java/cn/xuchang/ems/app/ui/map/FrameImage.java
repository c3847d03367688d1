package cn.xuchang.ems.app.ui.map;

import cn.xuchang.ems.map.render.RenderedMap;
import java.nio.IntBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * Copies finished frames into a JavaFX image. The engine renders premultiplied ARGB, which is what
 * Prism stores, so this is one bulk copy per frame (no per-pixel conversion as SwingFXUtils would do).
 * The image is reused while the frame size stays the same. FX thread only.
 */
final class FrameImage {
    private WritableImage image;

    /** The image holding {@code frame}'s pixels (possibly the same instance as last time). */
    WritableImage copy(RenderedMap frame) {
        int w = frame.pixelWidth();
        int h = frame.pixelHeight();
        if (image == null || (int) image.getWidth() != w || (int) image.getHeight() != h) {
            image = new WritableImage(w, h);
        }
        image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(),
                IntBuffer.wrap(frame.argbPremultiplied()), w);
        return image;
    }
}
