package cn.xuchang.ems.app.ui.query;

/**
 * The map as the query panel sees it: somewhere to draw a result and to pick the incident. The main
 * window implements it over its map view; called on the FX thread.
 */
public interface QueryResultMap {

    /** Replaces any earlier query drawing with {@code overlay}. */
    void show(QueryOverlay overlay);

    /** Removes the query drawing. */
    void clear();

    /** No map: the panel works alone (tests, command-line previews). */
    QueryResultMap NONE = new QueryResultMap() {
        @Override
        public void show(QueryOverlay overlay) {
        }

        @Override
        public void clear() {
        }
    };
}
