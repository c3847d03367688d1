package cn.xuchang.ems.app.ui.bookmarks;

import java.util.Objects;

/**
 * A saved map view: a name and what the map showed, in EPSG:4547 metres. The window size is not
 * kept: a bookmark opens at its centre and scale in whatever window shows it.
 *
 * @param name           what the user called it
 * @param centreX        easting of the view centre
 * @param centreY        northing of the view centre
 * @param metresPerPixel the scale
 */
public record ViewBookmark(String name, double centreX, double centreY, double metresPerPixel) {
    public ViewBookmark {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a bookmark needs a name");
        }
        if (!Double.isFinite(centreX) || !Double.isFinite(centreY) || !(metresPerPixel > 0)) {
            throw new IllegalArgumentException("bookmark '" + name + "' has no valid view");
        }
        name = name.strip();
    }
}
