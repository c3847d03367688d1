package cn.xuchang.ems.app.ui.map;

/** What a plain click or drag on the map does; the tool bar chooses one. */
public enum MapTool {
    /** Drag pans, click identifies (the default, as in QGIS's pan tool with identify on click). */
    PAN,
    /** Drag draws a rectangle to zoom into (also Shift+drag with any tool). */
    BOX_ZOOM,
    /** Drag draws a rectangle whose resources become the selection (also Ctrl+drag). */
    BOX_SELECT,
    /** Clicks add the points of a line whose ellipsoidal length is shown; double-click ends it. */
    MEASURE_LENGTH,
    /** Clicks add the corners of an area whose ellipsoidal area is shown; double-click ends it. */
    MEASURE_AREA
}
