package cn.xuchang.ems.map.analysis.camera;

import cn.xuchang.ems.data.crs.GaussKruger;
import cn.xuchang.ems.data.domain.Camera;
import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.map.analysis.DemandPoint;
import cn.xuchang.ems.map.analysis.ResultOrder;
import cn.xuchang.ems.map.index.ProjectionArea;
import cn.xuchang.ems.map.index.ProjectionScaleBound;
import cn.xuchang.ems.map.index.ResourceIndex;
import cn.xuchang.ems.map.index.ResourcePartition;
import java.util.ArrayList;
import java.util.List;

/**
 * "Which cameras see this spot" and camera coverage of key sites, from the camera partition of the
 * index: the grid proposes cameras within the longest range, {@link CameraSector} decides exactly.
 * Thread-safe.
 */
public final class CameraVisibility {

    private final ResourceIndex index;

    /** Visibility over the cameras in {@code index}. */
    public CameraVisibility(ResourceIndex index) {
        this.index = index;
    }

    /** Cameras whose sector contains {@code spot}, nearest first (ties by id); offline ones only when asked. */
    public List<CameraSight> camerasSeeing(LonLat spot, boolean includeOffline) {
        ResourcePartition part = index.partition(ResourceKind.CAMERA, !includeOffline);
        List<CameraSight> out = new ArrayList<>();
        double maxRange = 0;
        for (Resource r : part.gridded()) {
            maxRange = Math.max(maxRange, r.details(Camera.class).rangeM());
        }
        if (ProjectionArea.contains(spot.lon(), spot.lat())) {
            double[] xy = GaussKruger.CM_114E.forward(spot);
            ProjectionScaleBound bound = part.boundFor(xy[0]);
            part.grid().forEachWithin(xy[0], xy[1], bound.planarReach(maxRange), (item, d) -> {
                CameraSight s = CameraSector.sight(part.resource(item), spot);
                if (s != null) {
                    out.add(s);
                }
            });
        } else {
            for (Resource r : part.gridded()) {
                addIfSeen(r, spot, out);
            }
        }
        for (Resource r : part.outside()) {
            addIfSeen(r, spot, out);
        }
        out.sort((a, b) -> ResultOrder.compare(a.distanceM(), a.camera().id(), b.distanceM(), b.camera().id()));
        return out;
    }

    /** For each site, the cameras seeing it; blind spots are the sites with none. */
    public List<SiteWatch> watch(List<DemandPoint> sites, boolean includeOffline) {
        List<SiteWatch> out = new ArrayList<>(sites.size());
        for (DemandPoint site : sites) {
            out.add(new SiteWatch(site, camerasSeeing(site.location(), includeOffline)));
        }
        return out;
    }

    private static void addIfSeen(Resource camera, LonLat spot, List<CameraSight> out) {
        CameraSight s = CameraSector.sight(camera, spot);
        if (s != null) {
            out.add(s);
        }
    }
}
