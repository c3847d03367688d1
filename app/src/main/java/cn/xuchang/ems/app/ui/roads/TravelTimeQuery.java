package cn.xuchang.ems.app.ui.roads;

import cn.xuchang.ems.app.ui.query.QueryData;
import cn.xuchang.ems.app.ui.query.QueryEngine;
import cn.xuchang.ems.app.ui.query.QueryOutcome;
import cn.xuchang.ems.app.ui.query.QueryOverlay;
import cn.xuchang.ems.app.ui.query.QueryRequest;
import cn.xuchang.ems.app.ui.query.ResultRow;
import cn.xuchang.ems.data.crs.Geodesy;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.map.analysis.nearest.NearestQuery;
import cn.xuchang.ems.map.analysis.nearest.NearestResources;
import cn.xuchang.ems.map.analysis.nearest.StraightLineEta;
import cn.xuchang.ems.map.routing.Barriers;
import cn.xuchang.ems.map.routing.NearestByTimeRequest;
import cn.xuchang.ems.map.routing.RoadNetwork;
import cn.xuchang.ems.map.routing.RoadProfile;
import cn.xuchang.ems.map.routing.TravelTimeAnswer;
import cn.xuchang.ems.map.routing.TravelTimeHit;
import cn.xuchang.ems.map.routing.TravelTimeNearest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * The query panel's nearest query by travel time: one reverse search over the road network with the
 * panel's filters, shaped into the same table rows (ETA = turnout + driving minutes) plus the road
 * facts and routes. Falls back to the straight-line answer, with the reason, when there is no
 * network or it does not cover the incident. No JavaFX; stateless.
 */
public final class TravelTimeQuery {

    private TravelTimeQuery() {
    }

    /**
     * A nearest answer with its road side.
     *
     * @param outcome what the query panel shows (rows, map drawing)
     * @param road    travel-time facts and routes, or why the straight line stands
     */
    public record Result(QueryOutcome outcome, RoadAnswer road) {
    }

    /**
     * Answers the nearest {@code request} over {@code network} (null: none imported).
     *
     * @param noNetworkNote the sentence shown when {@code network} is null
     */
    public static Result run(QueryRequest request, QueryData data, RoadNetwork network, RoadProfile profile,
                             Barriers barriers, String noNetworkNote, BooleanSupplier cancelled) {
        if (network == null) {
            return new Result(QueryEngine.run(request, data, cancelled), RoadAnswer.straightLine(noNetworkNote));
        }
        List<Resource> candidates = new NearestResources(data.index(), StraightLineEta.DEFAULT)
                .matching(new NearestQuery(request.incident(), request.kind(), request.k(), request.filter()));
        TravelTimeAnswer answer = new TravelTimeNearest(network).find(new NearestByTimeRequest(
                candidates, request.incident(), request.k(), profile, barriers, true));
        if (!answer.incidentOnNetwork()) {
            return new Result(QueryEngine.run(request, data, cancelled), RoadAnswer.straightLine(answer.message()));
        }
        List<ResultRow> rows = new ArrayList<>();
        Map<String, TravelTimeHit> hits = new LinkedHashMap<>();
        List<RouteLine> routes = new ArrayList<>();
        for (TravelTimeHit h : answer.hits()) {
            Resource r = h.resource();
            Geodesy.DistanceBearing db = Geodesy.inverse(request.incident(), r.location());
            ResultRow row = QueryEngine.row(r, db.distanceM(), db.bearingDeg(), h.totalS() / 60.0);
            rows.add(row);
            hits.put(row.id(), h);
            routes.add(new RouteLine(r.name(), RouteLine.points(h.route()), h.travelS(), h.roadM()));
        }
        // routes replace the straight lines: the map shows the incident and the road paths only
        QueryOverlay overlay = new QueryOverlay(request.incident(), List.of(), List.of(), List.of(), List.of());
        return new Result(new QueryOutcome(request, rows, overlay, 0, rows.size()),
                new RoadAnswer(true, "", hits, routes));
    }
}
