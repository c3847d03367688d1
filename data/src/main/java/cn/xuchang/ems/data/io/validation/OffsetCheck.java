package cn.xuchang.ems.data.io.validation;

import cn.xuchang.ems.data.crs.OffsetDatum;
import cn.xuchang.ems.data.domain.LonLat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Spots lon/lat data that is really GCJ-02 or BD-09: features that match known features by name
 * but sit where the offset formula would move them (~570 m at Xuchang for GCJ-02). Only detects;
 * shifting is the user's decision. Stateless.
 */
public final class OffsetCheck {
    /** Matches farther apart than this are different places that share a name. */
    static final double MATCH_RADIUS_M = 3000;
    /** How close a displacement must be to the offset vector to count as a vote for it. */
    static final double VOTE_TOLERANCE_M = 60;

    private OffsetCheck() {
    }

    /** What the check found. */
    public record Suspicion(OffsetDatum datum, int votes, int matched, double typicalOffsetM) {
    }

    /**
     * Looks at {@code named} source points (name, lon/lat as read) against {@code known}; returns a
     * suspicion when more of the name matches sit at an offset system's displacement than at the
     * known place.
     */
    public static Optional<Suspicion> check(List<Map.Entry<String, LonLat>> named, Map<String, List<LonLat>> known) {
        int matched = 0;
        int exact = 0;
        int[] votes = new int[OffsetDatum.values().length];
        double[] sumOffset = new double[votes.length];
        for (Map.Entry<String, LonLat> e : named) {
            List<LonLat> candidates = known.get(e.getKey());
            if (candidates == null) {
                continue;
            }
            LonLat p = e.getValue();
            LonLat k = nearest(p, candidates);
            double[] d = metres(k, p);
            if (Math.hypot(d[0], d[1]) > MATCH_RADIUS_M) {
                continue;
            }
            matched++;
            if (Math.hypot(d[0], d[1]) < VOTE_TOLERANCE_M) {
                exact++;
                continue;
            }
            for (OffsetDatum datum : OffsetDatum.values()) {
                double[] g = metres(k, datum.fromWgs84(k));
                if (Math.hypot(d[0] - g[0], d[1] - g[1]) < VOTE_TOLERANCE_M) {
                    votes[datum.ordinal()]++;
                    sumOffset[datum.ordinal()] += Math.hypot(g[0], g[1]);
                }
            }
        }
        for (OffsetDatum datum : OffsetDatum.values()) {
            int v = votes[datum.ordinal()];
            if (v > 0 && v > exact && v * 2 >= matched) {
                return Optional.of(new Suspicion(datum, v, matched, sumOffset[datum.ordinal()] / v));
            }
        }
        return Optional.empty();
    }

    private static LonLat nearest(LonLat p, List<LonLat> candidates) {
        LonLat best = candidates.get(0);
        double bestD = Double.MAX_VALUE;
        for (LonLat c : candidates) {
            double[] d = metres(c, p);
            double h = Math.hypot(d[0], d[1]);
            if (h < bestD) {
                bestD = h;
                best = c;
            }
        }
        return best;
    }

    /** East/north metres from a to b; a local flat approximation, ample at a few kilometres. */
    private static double[] metres(LonLat a, LonLat b) {
        double k = 111_320.0;
        return new double[] {(b.lon() - a.lon()) * k * Math.cos(Math.toRadians(a.lat())), (b.lat() - a.lat()) * 110_574.0};
    }
}
