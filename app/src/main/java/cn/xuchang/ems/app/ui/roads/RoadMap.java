package cn.xuchang.ems.app.ui.roads;

import cn.xuchang.ems.map.routing.Barriers;
import cn.xuchang.ems.map.routing.ServiceAreaBand;
import java.util.List;

/**
 * The map as the road UI sees it: somewhere to draw routes, service-area bands and barriers. The
 * main window implements it over its map view; called on the FX thread.
 */
public interface RoadMap {

    /** Replaces the drawn routes; {@code zoom} fits the view to them and the incident. */
    void showRoutes(List<RouteLine> routes, boolean zoom);

    /** Replaces the drawn service areas (one band per break, ascending). */
    void showServiceAreas(List<ServiceAreaBand> bands);

    /** Replaces the drawn barriers. */
    void showBarriers(Barriers barriers);

    /** No map (tests of the view-model). */
    RoadMap NONE = new RoadMap() {
        @Override
        public void showRoutes(List<RouteLine> routes, boolean zoom) {
        }

        @Override
        public void showServiceAreas(List<ServiceAreaBand> bands) {
        }

        @Override
        public void showBarriers(Barriers barriers) {
        }
    };
}
