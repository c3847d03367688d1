package cn.xuchang.ems.map.render;

/**
 * Zoom levels for caching: resolutions are continuous (smooth wheel zoom), caches are per power-of-two
 * level so a simplified outline or a clustering is reused across nearby resolutions.
 */
final class LevelOfDetail {

    private LevelOfDetail() {
    }

    /** Level whose resolution 2^level is the finest not coarser than {@code mpp}: simplification stays sub-pixel. */
    static int simplifyLevel(double mpp) {
        return (int) Math.floor(Math.log(mpp) / Math.log(2));
    }

    /** Level nearest {@code mpp} on a log scale: cluster cells stay within 0.7..1.4 of their nominal pixel size. */
    static int clusterLevel(double mpp) {
        return (int) Math.round(Math.log(mpp) / Math.log(2));
    }

    /** Metres per pixel of a level. */
    static double resolution(int level) {
        return Math.pow(2, level);
    }
}
