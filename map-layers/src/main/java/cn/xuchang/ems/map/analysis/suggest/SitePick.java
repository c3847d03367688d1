package cn.xuchang.ems.map.analysis.suggest;

/**
 * One greedy pick.
 *
 * @param rank             1 for the first pick
 * @param site             the chosen site
 * @param gain             demand newly covered by this pick (points, or people when weighted)
 * @param cumulativeGain   demand covered by picks 1..rank together
 * @param pointsCovered    demand points newly covered by this pick
 */
public record SitePick(int rank, CandidateSite site, long gain, long cumulativeGain, int pointsCovered) {
}
