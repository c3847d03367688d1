package cn.xuchang.ems.app.ui.workspace;

import cn.xuchang.ems.app.ui.layers.LegendArt;
import cn.xuchang.ems.app.ui.query.QueryData;
import cn.xuchang.ems.data.workspace.Workspace;
import cn.xuchang.ems.map.layer.LayerStack;
import cn.xuchang.ems.map.style.StyleSet;

/**
 * An opened data folder ready to show: the workspace (owning the database), its layers built and
 * indexed, and the styles they are drawn with.
 *
 * @param resourceCount number of resources loaded, for the status bar
 * @param queryData     the same resources indexed for the query panel
 * @param legendArt     the layer and legend icons, drawn ahead
 */
public record OpenedMap(Workspace workspace, LayerStack layers, StyleSet styles, int resourceCount, QueryData queryData,
                        LegendArt legendArt) {
}
