package cn.xuchang.ems.map.render;

import cn.xuchang.ems.map.style.LabelStyle;

/**
 * A label that wants a place on the map, in device pixels.
 *
 * @param text     what to write
 * @param style    how
 * @param rank     importance within its priority (population, capacity...)
 * @param x        anchor x (symbol centre or polygon label point)
 * @param y        anchor y
 * @param gap      distance from the anchor to keep free (symbol radius); 0 centres the label on the anchor
 * @param scale    device pixels per logical pixel
 */
record LabelCandidate(String text, LabelStyle style, double rank, double x, double y, double gap, double scale) {
}
