package cn.xuchang.ems.map.style;

import java.awt.Color;

/**
 * How a layer's names are written. Labels compete for space: higher {@code priority} is placed first
 * and wins collisions. Immutable.
 *
 * @param enabled        whether the layer is labelled at all
 * @param size           font size in logical pixels
 * @param bold           bold face
 * @param color          text colour
 * @param halo           halo colour (outline drawn under the text for legibility)
 * @param haloWidth      halo width in logical pixels
 * @param priority       0..1000, higher wins
 * @param maxResolution  labels only when metres per pixel &lt;= this
 */
public record LabelStyle(boolean enabled, double size, boolean bold, Color color, Color halo, double haloWidth,
                         int priority, double maxResolution) {

    /** No labels. */
    public static final LabelStyle NONE = new LabelStyle(false, 12, false, Color.BLACK, Color.WHITE, 0, 0, 0);

    static LabelStyle from(StyleFile f) {
        if (!f.flag("label", false)) {
            return NONE;
        }
        return new LabelStyle(true,
                f.number("label.size", 12, 4, 72),
                f.flag("label.bold", false),
                f.color("label.color", Color.BLACK),
                f.color("label.halo", Color.WHITE),
                f.number("label.halo-width", 2.5, 0, 10),
                (int) f.number("label.priority", 100, 0, 1000),
                f.number("label.max-resolution", Double.POSITIVE_INFINITY, 0, Double.POSITIVE_INFINITY));
    }
}
