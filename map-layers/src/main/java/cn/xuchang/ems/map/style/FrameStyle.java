package cn.xuchang.ems.map.style;

import java.awt.Color;

/**
 * Colours of everything that is not a layer: background, map furniture (scale bar, north arrow,
 * legend panel) and cluster badges. Read from {@code map.style}. Immutable.
 *
 * @param background   map background
 * @param ink          text and lines of the furniture
 * @param panel        legend/scale bar panel fill (translucent)
 * @param panelBorder  legend panel border
 * @param badge        cluster count badge fill
 * @param badgeText    cluster count text
 */
public record FrameStyle(Color background, Color ink, Color panel, Color panelBorder, Color badge, Color badgeText) {

    /** Reads {@code map.style}. */
    public static FrameStyle from(StyleFile f) {
        FrameStyle s = new FrameStyle(f.color("background"), f.color("ink"), f.color("panel"),
                f.color("panel-border"), f.color("badge"), f.color("badge-text"));
        f.rejectUnknownKeys();
        return s;
    }
}
