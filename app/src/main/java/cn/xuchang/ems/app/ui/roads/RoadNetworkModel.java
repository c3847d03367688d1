package cn.xuchang.ems.app.ui.roads;

import cn.xuchang.ems.app.ui.query.QueryData;
import cn.xuchang.ems.app.ui.query.QueryMode;
import cn.xuchang.ems.app.ui.query.QueryOutcome;
import cn.xuchang.ems.app.ui.query.QueryRequest;
import cn.xuchang.ems.app.ui.query.QueryTask;
import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.map.analysis.ResourceFilter;
import cn.xuchang.ems.map.routing.Barriers;
import cn.xuchang.ems.map.routing.RoadNetwork;
import cn.xuchang.ems.map.routing.RoadNetworkInfo;
import cn.xuchang.ems.map.routing.RoadProfile;
import cn.xuchang.ems.map.routing.RoadRoute;
import cn.xuchang.ems.map.routing.RoutePlanner;
import cn.xuchang.ems.map.routing.ServiceAreaBand;
import cn.xuchang.ems.map.routing.ServiceAreaRequest;
import cn.xuchang.ems.map.routing.ServiceAreaResult;
import cn.xuchang.ems.map.routing.ServiceAreas;
import cn.xuchang.ems.map.routing.TurnInstruction;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.concurrent.WorkerStateEvent;

/**
 * State and actions of the road network in the window, without controls: the network in use and
 * what it covers, import with progress and cancel, the nearest method (straight line or travel time)
 * and profile, barriers, routes with turn lists, and service areas with coverage. Blocking work runs
 * as tasks on the executor given (the import on its own thread); the FX thread only updates state
 * and the {@link RoadMap}. Use on the FX thread.
 */
public final class RoadNetworkModel implements AutoCloseable {

    private final ResourceBundle strings;
    private final RoadMap map;
    private final Executor work;

    private final ReadOnlyObjectWrapper<RoadNetwork> network = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper networkText = new ReadOnlyStringWrapper("");
    private final ObjectProperty<TravelMethod> method = new SimpleObjectProperty<>(TravelMethod.TRAVEL_TIME);
    private final ObjectProperty<RoadProfile> profile = new SimpleObjectProperty<>(RoadProfile.EMERGENCY);
    private final ReadOnlyObjectWrapper<Barriers> barriers = new ReadOnlyObjectWrapper<>(Barriers.NONE);
    private final ObjectProperty<QueryData> data = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<RoadAnswer> answer = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper answerNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper importing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyObjectWrapper<RoadRoute> route = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper routeText = new ReadOnlyStringWrapper("");
    private final ObservableList<TurnInstruction> turns = FXCollections.observableArrayList();
    private final ObservableList<ServiceAreaBand> bands = FXCollections.observableArrayList();
    // one read-only view each: a view made per call would be collected with the listeners put on it
    private final ObservableList<TurnInstruction> turnsView = FXCollections.unmodifiableObservableList(turns);
    private final ObservableList<ServiceAreaBand> bandsView = FXCollections.unmodifiableObservableList(bands);
    private final ReadOnlyStringWrapper serviceAreaText = new ReadOnlyStringWrapper("");

    private Path roadsDir;
    private Resource routeFrom;
    private LonLat routeTo;
    private Locale routeLocale;
    private RoadImportTask importTask;
    /** Running route and service-area tasks: a new one of the same purpose replaces the old, not the other. */
    private final java.util.Map<String, Task<?>> running = new java.util.HashMap<>();

    /** A model with strings from {@code strings} (roads bundle), drawing on {@code map}, working on {@code work}. */
    public RoadNetworkModel(ResourceBundle strings, RoadMap map, Executor work) {
        this.strings = strings;
        this.map = map;
        this.work = work;
        networkText.set(strings.getString("network.none"));
        profile.addListener((o, old, now) -> roadRulesChanged());
    }

    /** The network in use; null when none is imported (or during an import). */
    public ReadOnlyObjectProperty<RoadNetwork> networkProperty() {
        return network.getReadOnlyProperty();
    }

    /** One line: junctions and extent of the network in use, or that there is none. */
    public ReadOnlyStringProperty networkTextProperty() {
        return networkText.getReadOnlyProperty();
    }

    /** How the query panel's nearest query measures (travel time falls back to straight line, labelled). */
    public ObjectProperty<TravelMethod> methodProperty() {
        return method;
    }

    public ObjectProperty<RoadProfile> profileProperty() {
        return profile;
    }

    /** Impassable zones and closed roads for every road query. */
    public ReadOnlyObjectProperty<Barriers> barriersProperty() {
        return barriers.getReadOnlyProperty();
    }

    /** The resources (the query panel's data). */
    public ObjectProperty<QueryData> dataProperty() {
        return data;
    }

    /** Road side of the last nearest query by travel time (null before one). */
    public ReadOnlyObjectProperty<RoadAnswer> answerProperty() {
        return answer.getReadOnlyProperty();
    }

    /** How the last nearest answer was measured, in words: by road, or straight line and why. */
    public ReadOnlyStringProperty answerNoteProperty() {
        return answerNote.getReadOnlyProperty();
    }

    /** Last message of an import, route, service area or barrier action. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty importingProperty() {
        return importing.getReadOnlyProperty();
    }

    /** True while a route or service area is computed. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Import progress in [0, 1]. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The last route asked for (null before one). */
    public ReadOnlyObjectProperty<RoadRoute> routeProperty() {
        return route.getReadOnlyProperty();
    }

    /** The last route in words: from whom, time and distance, or why there is none. */
    public ReadOnlyStringProperty routeTextProperty() {
        return routeText.getReadOnlyProperty();
    }

    /** Turn list of the last route. */
    public ObservableList<TurnInstruction> turns() {
        return turnsView;
    }

    /** Bands of the last service area, ascending. */
    public ObservableList<ServiceAreaBand> bands() {
        return bandsView;
    }

    /** The last service area in words, with the coverage of the demand layer. */
    public ReadOnlyStringProperty serviceAreaTextProperty() {
        return serviceAreaText.getReadOnlyProperty();
    }

    /** Opens the road network stored in {@code dataDir}, if any (in the background). */
    public void open(Path dataDir) {
        roadsDir = RoadNetwork.folderIn(dataDir);
        Path dir = roadsDir;
        Task<RoadNetwork> task = new Task<>() {
            @Override
            protected RoadNetwork call() {
                return RoadNetwork.open(dir).orElse(null);
            }
        };
        RoadImportTask importBefore = importTask;
        task.setOnSucceeded(e -> {
            if (importTask == importBefore) {
                use(task.getValue());
            } else if (task.getValue() != null) {
                task.getValue().close(); // an import started meanwhile: its network wins
            }
        });
        task.setOnFailed(e -> {
            status.unbind();
            status.set(message(task.getException()));
        });
        work.execute(task);
    }

    /**
     * Starts importing {@code osmFile} on its own thread; the network in use is released at once and
     * comes back when the import fails. Returns the task (progress, message, cancel). The importing
     * flag stays up until the network on disk is open again, also after a cancel.
     *
     * @throws IllegalStateException when no data folder is open or an import is still running
     */
    public RoadImportTask importFile(Path osmFile) {
        if (roadsDir == null) {
            throw new IllegalStateException("no data folder is open");
        }
        if (importing.get()) {
            throw new IllegalStateException("a road network import is still running; wait for it or cancel it");
        }
        RoadNetwork inUse = network.get();
        network.set(null);
        networkText.set(strings.getString("network.importing"));
        RoadImportTask task = new RoadImportTask(roadsDir, osmFile, inUse, strings, net -> {
            use(net);
            importing.set(false);
        });
        importTask = task;
        importing.set(true);
        progress.bind(task.progressProperty());
        status.bind(task.messageProperty());
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_SUCCEEDED, e -> importEnded(task,
                MessageFormat.format(strings.getString("import.done"), osmFile.getFileName())));
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_FAILED, e -> importEnded(task,
                MessageFormat.format(strings.getString("import.failed"), message(task.getException()))));
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_CANCELLED, e -> {
            importEnded(task, strings.getString("import.cancelled"));
            if (task.claimUnstarted()) {
                // cancelled before the worker began: nothing was closed or written
                use(inUse);
                importing.set(false);
            }
        });
        Thread t = new Thread(task, "xems-road-import");
        t.setDaemon(true);
        t.start();
        return task;
    }

    /** Cancels a running import (takes effect at the end of the current phase). */
    public void cancelImport() {
        if (importTask != null && importTask.isRunning()) {
            importTask.cancel();
        }
    }

    /**
     * The task answering a query panel request: nearest by travel time when that method is chosen,
     * any other query as before. For {@code QueryViewModel.setTaskFactory}.
     */
    public Task<QueryOutcome> taskFor(QueryRequest request, QueryData queryData) {
        if (request.mode() != QueryMode.NEAREST || method.get() != TravelMethod.TRAVEL_TIME) {
            answer.set(null);
            answerNote.set(request.mode() == QueryMode.NEAREST ? strings.getString("answer.straightChosen") : "");
            map.showRoutes(List.of(), false);
            return new QueryTask(request, queryData);
        }
        RoadNetwork net = network.get();
        RoadProfile p = profile.get();
        Barriers b = barriers.get();
        String noNetwork = strings.getString(importing.get() ? "network.importing" : "network.none");
        TravelTimeTask task = new TravelTimeTask(request, queryData, net, p, b, noNetwork);
        // handlers added here run before the query panel's onSucceeded: the table and summary see the answer
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_SUCCEEDED, e -> showAnswer(task.road()));
        return task;
    }

    /** The query panel's summary line for an answer ranked by travel time, else null (usual summary). */
    public String summaryNote(QueryOutcome outcome) {
        RoadAnswer a = answer.get();
        if (a == null || !a.byRoad() || outcome.request().mode() != QueryMode.NEAREST) {
            return null;
        }
        return MessageFormat.format(strings.getString("summary.byRoad"), outcome.rows().size());
    }

    private void showAnswer(RoadAnswer a) {
        routeFrom = null;
        answer.set(a);
        answerNote.set(a.byRoad()
                ? MessageFormat.format(strings.getString("answer.byRoad"), strings.getString("profile." + profile.get().code()))
                : MessageFormat.format(strings.getString("answer.straightLine"), a.note()));
        // after the query layer has zoomed to the incident: the routes decide the view
        javafx.application.Platform.runLater(() -> map.showRoutes(a.routes(), !a.routes().isEmpty()));
    }

    /** Computes the road route from {@code from} to {@code incident} and draws it with its turn list. */
    public void route(Resource from, LonLat incident, Locale turnsLocale) {
        RoadNetwork net = network.get();
        if (incident == null) {
            routeText.set(strings.getString("route.noIncident"));
            return;
        }
        if (net == null) {
            routeText.set(strings.getString("network.none"));
            return;
        }
        routeFrom = from;
        routeTo = incident;
        routeLocale = turnsLocale;
        RoadProfile p = profile.get();
        Barriers b = barriers.get();
        run("route", new Task<RoadRoute>() {
            @Override
            protected RoadRoute call() {
                return new RoutePlanner(net).route(from.location(), incident, p, b, turnsLocale);
            }

            @Override
            protected void succeeded() {
                if (routeFrom != from) {
                    return; // the drawing was cleared or another route asked for meanwhile
                }
                RoadRoute r = getValue();
                route.set(r);
                turns.setAll(r.turns());
                if (r.found()) {
                    routeText.set(MessageFormat.format(strings.getString("route.summary"), from.name(),
                            minutes(r.timeS()), km(r.distanceM())));
                    map.showRoutes(List.of(new RouteLine(from.name(), RouteLine.points(r.geometry()),
                            r.timeS(), r.distanceM())), true);
                } else {
                    routeText.set(MessageFormat.format(strings.getString("route.none"), from.name(), r.message()));
                    map.showRoutes(List.of(), false);
                }
            }
        });
    }

    /**
     * Computes service areas of the resources of {@code kind} (only available ones when asked) at
     * the minute breaks written in {@code minutesText} ("5,10,15"), with the coverage of
     * {@code demandKind} (null: none). Returns false with a status message when the inputs are unusable.
     */
    public boolean serviceAreas(ResourceKind kind, boolean availableOnly, String minutesText, ResourceKind demandKind,
                                boolean countTurnout) {
        RoadNetwork net = network.get();
        QueryData d = data.get();
        if (net == null) {
            serviceAreaText.set(strings.getString("network.none"));
            return false;
        }
        if (d == null || kind == null) {
            serviceAreaText.set(strings.getString("area.noData"));
            return false;
        }
        ServiceAreaRequest request;
        try {
            ResourceFilter filter = availableOnly ? ResourceFilter.ANY.onlyAvailable() : ResourceFilter.ANY;
            List<Resource> facilities = d.ofKind(kind).stream().filter(filter).toList();
            List<Resource> demand = demandKind == null ? List.of() : d.ofKind(demandKind);
            request = new ServiceAreaRequest(facilities, parseMinutes(minutesText), profile.get(), barriers.get(),
                    countTurnout, demand);
        } catch (IllegalArgumentException e) {
            serviceAreaText.set(e.getMessage());
            return false;
        }
        run("area", new Task<ServiceAreaResult>() {
            @Override
            protected ServiceAreaResult call() {
                return new ServiceAreas(net).compute(request);
            }

            @Override
            protected void succeeded() {
                ServiceAreaResult r = getValue();
                bands.setAll(r.bands());
                map.showServiceAreas(r.bands());
                serviceAreaText.set(areaSummary(request, r));
            }
        });
        return true;
    }

    /** Adds the barriers of a GeoJSON file; false with a status message when it cannot be read. */
    public boolean addBarriers(Path geoJson) {
        try {
            setBarriers(BarrierFile.union(barriers.get(), BarrierFile.read(geoJson)));
            return true;
        } catch (IllegalArgumentException e) {
            status.unbind();
            status.set(e.getMessage());
            return false;
        }
    }

    /** Marks a circular zone (the query panel's zone) impassable. */
    public void addZoneBarrier(LonLat centre, double radiusM) {
        if (centre == null) {
            status.unbind();
            status.set(strings.getString("route.noIncident"));
            return;
        }
        setBarriers(BarrierFile.union(barriers.get(), Barriers.zones(List.of(BarrierFile.circle(centre, radiusM)))));
    }

    /** Takes routes and service areas off the map (barriers stay, they still apply). */
    public void clearDrawing() {
        List.copyOf(running.values()).forEach(Task::cancel);
        routeFrom = null;
        route.set(null);
        routeText.set("");
        turns.clear();
        bands.clear();
        serviceAreaText.set("");
        map.showRoutes(List.of(), false);
        map.showServiceAreas(List.of());
    }

    /** Opens every road again. */
    public void clearBarriers() {
        setBarriers(Barriers.NONE);
    }

    private void setBarriers(Barriers b) {
        barriers.set(b);
        map.showBarriers(b);
        roadRulesChanged();
        status.unbind();
        status.set(MessageFormat.format(strings.getString("barriers.count"), b.zones().size(), b.closedRoads().size()));
    }

    /**
     * Barriers or profile changed: the route on the map is computed again; routes of a nearest answer
     * are taken off, with a note to run the query again (its ranking may change).
     */
    private void roadRulesChanged() {
        if (routeFrom != null && network.get() != null) {
            route(routeFrom, routeTo, routeLocale);
        } else if (answer.get() != null && answer.get().byRoad()) {
            map.showRoutes(List.of(), false);
            answerNote.set(strings.getString("answer.stale"));
        }
    }

    /** Releases the network in use. */
    @Override
    public void close() {
        cancelImport();
        List.copyOf(running.values()).forEach(Task::cancel);
        if (network.get() != null) {
            network.get().close();
            network.set(null);
        }
    }

    static List<Integer> parseMinutes(String text) {
        List<Integer> out = new ArrayList<>();
        for (String part : (text == null ? "" : text).split("[,，\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                out.add(Integer.parseInt(part.trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + part + "' is not a whole number of minutes; write e.g. 5,10,15");
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("give the minute breaks, e.g. 5,10,15");
        }
        return out;
    }

    private String areaSummary(ServiceAreaRequest request, ServiceAreaResult r) {
        StringBuilder sb = new StringBuilder(MessageFormat.format(strings.getString("area.summary"),
                request.facilities().size() - r.offNetwork().stream().filter(request.facilities()::contains).count()));
        for (ServiceAreaBand b : r.bands()) {
            sb.append('\n').append(request.demand().isEmpty()
                    ? MessageFormat.format(strings.getString("area.band"), b.minutes(), fixed(b.areaKm2(), 1))
                    : MessageFormat.format(strings.getString("area.bandCoverage"), b.minutes(), fixed(b.areaKm2(), 1),
                    b.covered(), b.demand(), fixed(100 * b.coverageShare(), 1)));
        }
        return sb.toString();
    }

    private void run(String purpose, Task<?> task) {
        Task<?> old = running.put(purpose, task);
        if (old != null && old.isRunning()) {
            old.cancel();
        }
        busy.set(true);
        task.runningProperty().addListener((o, was, now) -> {
            if (!now) {
                running.remove(purpose, task);
                busy.set(running.values().stream().anyMatch(Task::isRunning));
            }
        });
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_FAILED, e -> {
            status.unbind();
            status.set(message(task.getException()));
        });
        work.execute(task);
    }

    private void importEnded(RoadImportTask task, String message) {
        if (task != importTask) {
            return;
        }
        progress.unbind();
        status.unbind();
        status.set(message);
    }

    private void use(RoadNetwork net) {
        if (network.get() != null && network.get() != net) {
            network.get().close();
        }
        network.set(net);
        if (net == null) {
            networkText.set(strings.getString("network.none"));
            return;
        }
        RoadNetworkInfo i = net.info();
        networkText.set(MessageFormat.format(strings.getString("network.loaded"), i.nodes(), i.edges(),
                fixed(i.minLon(), 3), fixed(i.minLat(), 3), fixed(i.maxLon(), 3), fixed(i.maxLat(), 3),
                Path.of(i.source()).getFileName() == null ? i.source() : Path.of(i.source()).getFileName().toString()));
    }

    static String minutes(double seconds) {
        return fixed(seconds / 60, 1);
    }

    static String km(double metres) {
        return fixed(metres / 1000, 2);
    }

    private static String fixed(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    private static String message(Throwable t) {
        return t == null ? "" : t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
    }
}
