package cn.xuchang.ems.app.ui.workspace;

import cn.xuchang.ems.app.ui.map.PreparedFrame;
import cn.xuchang.ems.data.domain.BaseFeature;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.workspace.Workspace;
import cn.xuchang.ems.map.layer.LayerStack;
import cn.xuchang.ems.map.style.StyleSet;
import java.util.List;

/**
 * An opened data folder ready to show: the workspace (owning the database), its layers built and
 * indexed, the styles they are drawn with, and the loaded records (for what is prepared after the
 * first frame: query index, legend icons).
 *
 * @param resources    every resource loaded
 * @param baseFeatures the base map
 * @param firstFrame   the first frame already being drawn, or null (no remembered canvas size)
 */
public record OpenedMap(Workspace workspace, LayerStack layers, StyleSet styles, List<Resource> resources,
                        List<BaseFeature> baseFeatures, PreparedFrame firstFrame) {

    /** An opened map with no frame drawn ahead. */
    public OpenedMap(Workspace workspace, LayerStack layers, StyleSet styles, List<Resource> resources,
                     List<BaseFeature> baseFeatures) {
        this(workspace, layers, styles, resources, baseFeatures, null);
    }

    public OpenedMap {
        resources = List.copyOf(resources);
        baseFeatures = List.copyOf(baseFeatures);
    }

    /** Number of resources loaded, for the status bar. */
    public int resourceCount() {
        return resources.size();
    }
}
