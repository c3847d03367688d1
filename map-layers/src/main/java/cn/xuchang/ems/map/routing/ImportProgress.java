package cn.xuchang.ems.map.routing;

/**
 * Receives the phases of a road network import. Called on the importing thread; implementations
 * hand the values over to the UI themselves.
 */
@FunctionalInterface
public interface ImportProgress {

    /** Does nothing. */
    ImportProgress NONE = (phase, fraction) -> {
    };

    /**
     * @param phase    short English description of the phase now starting
     * @param fraction overall progress in [0, 1]; phases, not bytes, so it moves in steps
     */
    void update(String phase, double fraction);
}
