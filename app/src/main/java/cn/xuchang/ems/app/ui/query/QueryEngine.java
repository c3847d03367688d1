package cn.xuchang.ems.app.ui.query;

import cn.xuchang.ems.data.crs.Geodesy;
import cn.xuchang.ems.data.domain.Camera;
import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.data.domain.RescueTeam;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.ResourceDetails;
import cn.xuchang.ems.data.domain.Shelter;
import cn.xuchang.ems.map.analysis.DemandSet;
import cn.xuchang.ems.map.analysis.coverage.Coverage;
import cn.xuchang.ems.map.analysis.coverage.CoverageReport;
import cn.xuchang.ems.map.analysis.coverage.FacilityRadius;
import cn.xuchang.ems.map.analysis.coverage.UncoveredPoint;
import cn.xuchang.ems.map.analysis.camera.CameraSector;
import cn.xuchang.ems.map.analysis.camera.CameraSight;
import cn.xuchang.ems.map.analysis.camera.CameraVisibility;
import cn.xuchang.ems.map.analysis.nearest.NearestQuery;
import cn.xuchang.ems.map.analysis.nearest.NearestResources;
import cn.xuchang.ems.map.analysis.nearest.NearestResult;
import cn.xuchang.ems.map.analysis.nearest.StraightLineEta;
import cn.xuchang.ems.map.analysis.zone.CircleZone;
import cn.xuchang.ems.map.analysis.zone.ZoneContents;
import cn.xuchang.ems.map.analysis.zone.ZoneReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * Runs a {@link QueryRequest} against {@link QueryData} with the engine API (the same calls as the
 * command line) and shapes the answer for the table and the map. No JavaFX: runs on a worker thread,
 * stateless and thread-safe.
 */
public final class QueryEngine {

    private static final int SECTOR_ARC_POINTS = 24;
    private static final int ZONE_SHELTERS = 5;

    private QueryEngine() {
    }

    /** Answers {@code request}; polls {@code cancelled} during long steps. */
    public static QueryOutcome run(QueryRequest request, QueryData data, BooleanSupplier cancelled) {
        return run(request, data, cancelled, fraction -> { });
    }

    /** As {@link #run(QueryRequest, QueryData, BooleanSupplier)}, reporting the fraction done of long steps. */
    public static QueryOutcome run(QueryRequest request, QueryData data, BooleanSupplier cancelled,
                                   DoubleConsumer progress) {
        return switch (request.mode()) {
            case NEAREST -> nearest(request, data);
            case CAMERAS -> cameras(request, data);
            case ZONE -> zone(request, data);
            case COVERAGE -> coverage(request, data, cancelled, progress);
        };
    }

    private static QueryOutcome nearest(QueryRequest q, QueryData data) {
        List<NearestResult> found = new NearestResources(data.index(), StraightLineEta.DEFAULT)
                .find(new NearestQuery(q.incident(), q.kind(), q.k(), q.filter()));
        List<ResultRow> rows = new ArrayList<>();
        for (NearestResult n : found) {
            rows.add(row(n.resource(), n.distanceM(), n.bearingDeg(), n.etaMin()));
        }
        return new QueryOutcome(q, rows, lines(q.incident(), rows, List.of(), List.of()), 0, rows.size());
    }

    private static QueryOutcome cameras(QueryRequest q, QueryData data) {
        List<CameraSight> seen = new CameraVisibility(data.index()).camerasSeeing(q.incident(), !q.filter().availableOnly());
        List<ResultRow> rows = new ArrayList<>();
        List<List<LonLat>> sectors = new ArrayList<>();
        for (CameraSight s : seen) {
            Geodesy.DistanceBearing fromIncident = Geodesy.inverse(q.incident(), s.camera().location());
            rows.add(row(s.camera(), s.distanceM(), fromIncident.bearingDeg(), Double.NaN));
            sectors.add(CameraSector.outline(s.camera(), SECTOR_ARC_POINTS));
        }
        return new QueryOutcome(q, rows, lines(q.incident(), rows, sectors, List.of()), 0, rows.size());
    }

    private static QueryOutcome zone(QueryRequest q, QueryData data) {
        ZoneReport report = new ZoneContents(data.index(), data.baseFeatures())
                .of(new CircleZone(q.incident(), q.radiusM()), ZONE_SHELTERS);
        List<ResultRow> rows = new ArrayList<>();
        report.inside().values().forEach(list -> list.forEach(r -> {
            Geodesy.DistanceBearing db = Geodesy.inverse(q.incident(), r.location());
            rows.add(row(r, db.distanceM(), db.bearingDeg(), Double.NaN));
        }));
        rows.sort(Comparator.comparingDouble(ResultRow::distanceM).thenComparing(ResultRow::id));
        QueryOverlay overlay = new QueryOverlay(q.incident(), List.of(), List.of(),
                List.of(new QueryOverlay.ServiceCircle(q.incident(), q.radiusM())),
                rows.stream().map(ResultRow::location).toList());
        return new QueryOutcome(q, rows, overlay, 0, rows.size());
    }

    private static QueryOutcome coverage(QueryRequest q, QueryData data, BooleanSupplier cancelled,
                                         DoubleConsumer progress) {
        List<Resource> facilities = data.ofKind(q.kind()).stream().filter(q.filter()).toList();
        CoverageReport report = Coverage.of(facilities, FacilityRadius.fixed(q.radiusM()),
                DemandSet.of(data.demand(q.demand())), cancelled, progress);
        List<ResultRow> rows = new ArrayList<>();
        for (UncoveredPoint u : report.uncovered()) {
            rows.add(new ResultRow(u.point().id(), u.point().name(), q.demand(), u.point().location(),
                    u.nearestDistanceM(), Double.NaN, Double.NaN, "", "gap"));
        }
        List<QueryOverlay.ServiceCircle> circles = facilities.stream()
                .map(f -> new QueryOverlay.ServiceCircle(f.location(), q.radiusM())).toList();
        QueryOverlay overlay = new QueryOverlay(q.incident(), List.of(), List.of(), circles,
                rows.stream().map(ResultRow::location).toList());
        return new QueryOutcome(q, rows, overlay, report.covered(), report.total());
    }

    private static QueryOverlay lines(LonLat incident, List<ResultRow> rows, List<List<LonLat>> sectors,
                                      List<QueryOverlay.ServiceCircle> circles) {
        return new QueryOverlay(incident, rows.stream().map(ResultRow::location).toList(), sectors, circles, List.of());
    }

    /** A table row for {@code r} with the numbers given (the road UI reuses it). */
    public static ResultRow row(Resource r, double distanceM, double bearingDeg, double etaMin) {
        return new ResultRow(r.id().toString(), r.name(), r.kind().code(), r.location(), distanceM, bearingDeg,
                etaMin, r.details().phone(), status(r.details()));
    }

    /** A status code for the table; the panel shows it through the bundle ("status.&lt;code&gt;"). */
    static String status(ResourceDetails d) {
        if (d instanceof RescueTeam t) {
            return t.onDuty() ? "on_duty" : "off_duty";
        }
        if (d instanceof Shelter s) {
            return !s.open() ? "closed" : s.full() ? "full" : "open";
        }
        if (d instanceof Camera c) {
            return c.online() ? "online" : "offline";
        }
        return "";
    }
}
