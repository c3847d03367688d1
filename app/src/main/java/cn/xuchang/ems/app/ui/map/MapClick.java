package cn.xuchang.ems.app.ui.map;

/**
 * A click on the map (a press and release without a drag).
 *
 * @param x         canvas x, logical pixels
 * @param y         canvas y, logical pixels
 * @param count     1 for a single click, 2 for a double click
 * @param secondary true for the secondary (right) button
 */
public record MapClick(double x, double y, int count, boolean secondary) {
}
