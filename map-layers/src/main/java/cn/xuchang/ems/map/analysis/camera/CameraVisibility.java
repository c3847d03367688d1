package cn.xuchang.ems.map.analysis.camera;

import cn.xuchang.ems.data.crs.GaussKruger;
import cn.xuchang.ems.data.domain.Camera;
import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.map.analysis.DemandPoint;
import cn.xuchang.ems.map.analysis.ResultOrder;
import cn.xuchang.ems.map.analysis.suggest.CandidateSite;
import cn.xuchang.ems.map.analysis.zone.Zone;
import cn.xuchang.ems.map.index.ProjectionArea;
import cn.xuchang.ems.map.index.ProjectionScaleBound;
import cn.xuchang.ems.map.index.ResourceIndex;
import cn.xuchang.ems.map.index.ResourcePartition;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * "Which cameras see this spot" and camera coverage of key sites, from the camera partition of the
 * index: the grid proposes cameras within the longest range, {@link CameraSector} decides exactly.
 * Thread-safe.
 */
public final class CameraVisibility {

    private final ResourceIndex index;
    private final double maxRangeAll;
    private final double maxRangeOnline;

    /** Visibility over the cameras in {@code index}. */
    public CameraVisibility(ResourceIndex index) {
        this.index = index;
        this.maxRangeAll = maxRange(index.partition(ResourceKind.CAMERA, false));
        this.maxRangeOnline = maxRange(index.partition(ResourceKind.CAMERA, true));
    }

    private static double maxRange(ResourcePartition part) {
        double max = 0;
        for (Resource r : part.gridded()) {
            max = Math.max(max, r.details(Camera.class).rangeM());
        }
        return max;
    }

    /** Cameras whose sector contains {@code spot}, nearest first (ties by id); offline ones only when asked. */
    public List<CameraSight> camerasSeeing(LonLat spot, boolean includeOffline) {
        ResourcePartition part = index.partition(ResourceKind.CAMERA, !includeOffline);
        List<CameraSight> out = new ArrayList<>();
        double maxRange = includeOffline ? maxRangeAll : maxRangeOnline;
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

    /**
     * Camera coverage of a zone: sample points every {@code spacingM} metres (EPSG:4547 grid) inside it,
     * each checked like a spot. At most {@code maxSamples} points; a finer grid is refused.
     */
    public ZoneWatch watch(Zone zone, double spacingM, int maxSamples, boolean includeOffline) {
        Envelope box = zone.lonLatEnvelope();
        List<CandidateSite> grid = CandidateSite.grid(box.getMinX(), box.getMinY(), box.getMaxX(), box.getMaxY(), spacingM, maxSamples);
        int samples = 0;
        int seen = 0;
        List<LonLat> blind = new ArrayList<>();
        for (var site : grid) {
            if (!zone.contains(site.location())) {
                continue;
            }
            samples++;
            if (camerasSeeing(site.location(), includeOffline).isEmpty()) {
                blind.add(site.location());
            } else {
                seen++;
            }
        }
        return new ZoneWatch(spacingM, samples, seen, blind);
    }

    private static void addIfSeen(Resource camera, LonLat spot, List<CameraSight> out) {
        CameraSight s = CameraSector.sight(camera, spot);
        if (s != null) {
            out.add(s);
        }
    }
}
