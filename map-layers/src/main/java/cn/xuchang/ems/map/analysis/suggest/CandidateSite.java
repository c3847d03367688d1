package cn.xuchang.ems.map.analysis.suggest;

import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.data.domain.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A place where a facility could be added.
 *
 * @param id       resource id, or "grid-COL-ROW" for grid cells
 * @param name     display name ("" for grid cells)
 * @param location CGCS2000 lon/lat
 */
public record CandidateSite(String id, String name, LonLat location) {

    public CandidateSite {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(location, "location");
        name = name == null ? "" : name;
    }

    /** Existing features as candidates (e.g. schools that could host a shelter). */
    public static List<CandidateSite> of(List<Resource> resources) {
        return resources.stream().map(r -> new CandidateSite(r.id().toString(), r.name(), r.location())).toList();
    }

    /**
     * Grid nodes every {@code spacingM} metres (EPSG:4547) over the lon/lat box [west, east] × [south, north].
     * At most {@code maxSites} nodes: a finer grid is refused with a message naming the spacing to use.
     */
    public static List<CandidateSite> grid(double west, double south, double east, double north,
                                           double spacingM, int maxSites) {
        if (!(spacingM > 0)) {
            throw new IllegalArgumentException("grid spacing must be > 0 m, got " + spacingM);
        }
        var gk = cn.xuchang.ems.data.crs.GaussKruger.CM_114E;
        double[] sw = new double[2];
        double[] ne = new double[2];
        gk.forward(west, south, sw);
        gk.forward(east, north, ne);
        double[] nw = new double[2];
        double[] se = new double[2];
        gk.forward(west, north, nw);
        gk.forward(east, south, se);
        double x0 = Math.min(sw[0], nw[0]);
        double x1 = Math.max(ne[0], se[0]);
        double y0 = Math.min(sw[1], se[1]);
        double y1 = Math.max(ne[1], nw[1]);
        long cols = (long) Math.floor((x1 - x0) / spacingM) + 1;
        long rows = (long) Math.floor((y1 - y0) / spacingM) + 1;
        if (cols * rows > maxSites) {
            double suggested = Math.ceil(Math.sqrt((x1 - x0) * (y1 - y0) / maxSites));
            throw new IllegalArgumentException("a " + spacingM + " m grid gives " + cols * rows
                    + " candidate sites, more than " + maxSites + "; use a spacing of at least " + suggested + " m");
        }
        List<CandidateSite> sites = new ArrayList<>((int) (cols * rows));
        for (int row = 0; row < rows; row++) {
            for (int col = 0; col < cols; col++) {
                LonLat p = gk.inverse(x0 + col * spacingM, y0 + row * spacingM);
                sites.add(new CandidateSite("grid-" + col + "-" + row, "", p));
            }
        }
        return sites;
    }
}
