package cn.xuchang.ems.map.analysis.camera;

import cn.xuchang.ems.map.analysis.DemandPoint;
import java.util.List;

/**
 * A key site and the cameras that see it (nearest first); none means a blind spot.
 *
 * @param site    the key site
 * @param cameras cameras seeing it, nearest first
 */
public record SiteWatch(DemandPoint site, List<CameraSight> cameras) {
    public SiteWatch {
        cameras = List.copyOf(cameras);
    }

    /** True when no camera sees the site. */
    public boolean blind() {
        return cameras.isEmpty();
    }
}
