package cn.xuchang.ems.app.ui.roads;

import cn.xuchang.ems.app.ui.query.QueryData;
import cn.xuchang.ems.app.ui.query.QueryOutcome;
import cn.xuchang.ems.app.ui.query.QueryRequest;
import cn.xuchang.ems.map.routing.Barriers;
import cn.xuchang.ems.map.routing.RoadNetwork;
import cn.xuchang.ems.map.routing.RoadProfile;
import javafx.concurrent.Task;

/** Runs a {@link TravelTimeQuery} on a worker thread; its road side is read after success. */
final class TravelTimeTask extends Task<QueryOutcome> {
    private final QueryRequest request;
    private final QueryData data;
    private final RoadNetwork network;
    private final RoadProfile profile;
    private final Barriers barriers;
    private final String noNetworkNote;
    private volatile TravelTimeQuery.Result result;

    TravelTimeTask(QueryRequest request, QueryData data, RoadNetwork network, RoadProfile profile, Barriers barriers,
                   String noNetworkNote) {
        this.request = request;
        this.data = data;
        this.network = network;
        this.profile = profile;
        this.barriers = barriers;
        this.noNetworkNote = noNetworkNote;
    }

    @Override
    protected QueryOutcome call() {
        updateProgress(-1, 1);
        result = TravelTimeQuery.run(request, data, network, profile, barriers, noNetworkNote, this::isCancelled);
        updateProgress(1, 1);
        return result.outcome();
    }

    /** The road side of the answer (after success). */
    RoadAnswer road() {
        return result.road();
    }
}
