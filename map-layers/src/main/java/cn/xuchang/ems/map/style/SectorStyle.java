package cn.xuchang.ems.map.style;

import java.awt.Color;

/**
 * How a camera's view is drawn at large scales: a sector from its heading, field of view and range,
 * translucent under the symbols. Immutable.
 *
 * @param fill          sector fill (use a translucent colour)
 * @param stroke        sector outline
 * @param maxResolution drawn only at this many metres per pixel or finer
 * @param maxCount      no sectors when more cameras than this are in view (they would only tint the map)
 */
public record SectorStyle(Color fill, Color stroke, double maxResolution, int maxCount) {

    static SectorStyle from(StyleFile f, GeometryType geometry) {
        if (geometry != GeometryType.POINT || !f.flag("sector", false)) {
            return null;
        }
        return new SectorStyle(f.color("sector.fill", new Color(0x330D47A1, true)),
                f.color("sector.stroke", new Color(0x660D47A1, true)),
                f.number("sector.max-resolution", 3, 0, Double.POSITIVE_INFINITY),
                (int) f.number("sector.max-count", 150, 0, 100_000));
    }
}
