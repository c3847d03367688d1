package cn.xuchang.ems.map.analysis.camera;

import cn.xuchang.ems.data.domain.LonLat;
import java.util.List;

/**
 * Camera coverage of a drawn zone, estimated on a regular grid of sample points inside it.
 *
 * @param spacingM    grid spacing used (metres, EPSG:4547)
 * @param samples     sample points inside the zone
 * @param seen        samples seen by at least one camera
 * @param blindPoints the samples no camera sees (the blind area, at the grid's resolution)
 */
public record ZoneWatch(double spacingM, int samples, int seen, List<LonLat> blindPoints) {
    public ZoneWatch {
        blindPoints = List.copyOf(blindPoints);
    }

    /** seen / samples, 0 when the zone holds no sample. */
    public double share() {
        return samples == 0 ? 0 : (double) seen / samples;
    }
}
