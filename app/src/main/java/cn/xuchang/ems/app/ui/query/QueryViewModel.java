package cn.xuchang.ems.app.ui.query;

import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.data.domain.ShelterClass;
import cn.xuchang.ems.data.domain.TeamType;
import cn.xuchang.ems.map.analysis.ResourceFilter;
import cn.xuchang.ems.map.search.CoordinateParser;
import cn.xuchang.ems.map.search.NameMatch;
import java.text.MessageFormat;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.concurrent.Task;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State and actions of the query panel, without any control: inputs as writable properties, results,
 * status and the running flag as read-only ones. Queries run as {@link QueryTask}s on the executor
 * given; only one runs at a time (starting another cancels the first). Use on the FX thread.
 */
public final class QueryViewModel {

    private final ResourceBundle strings;
    private final QueryResultMap map;

    private final ObjectProperty<QueryData> data = new SimpleObjectProperty<>();
    private final StringProperty incidentText = new SimpleStringProperty("");
    private final ObjectProperty<LonLat> incident = new SimpleObjectProperty<>();
    private final ObjectProperty<QueryMode> mode = new SimpleObjectProperty<>(QueryMode.NEAREST);
    private final ObjectProperty<ResourceKind> kind = new SimpleObjectProperty<>(ResourceKind.RESCUE_TEAM);
    private final IntegerProperty k = new SimpleIntegerProperty(5);
    private final BooleanProperty availableOnly = new SimpleBooleanProperty(true);
    private final ObjectProperty<TeamType> teamType = new SimpleObjectProperty<>();
    private final ObjectProperty<ShelterClass> shelterClass = new SimpleObjectProperty<>();
    private final IntegerProperty minFreeCapacity = new SimpleIntegerProperty(0);
    private final StringProperty supplyClass = new SimpleStringProperty("");
    private final DoubleProperty radiusM = new SimpleDoubleProperty(2000);
    private final StringProperty demand = new SimpleStringProperty(ResourceKind.SCHOOL.code());

    private final ObservableList<ResultRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<QueryOutcome> outcome = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);

    private Task<QueryOutcome> current;
    private BiFunction<QueryRequest, QueryData, Task<QueryOutcome>> tasks = QueryTask::new;
    private Function<QueryOutcome, String> summaryNote = o -> null;

    /** A view-model with UI strings from {@code strings}, drawing on {@code map}. */
    public QueryViewModel(ResourceBundle strings, QueryResultMap map) {
        this.strings = strings;
        this.map = map;
    }

    /**
     * Replaces how a query becomes a task (the road UI answers nearest queries by travel time); the
     * task runs on the executor given to {@link #run}.
     */
    public void setTaskFactory(BiFunction<QueryRequest, QueryData, Task<QueryOutcome>> factory) {
        this.tasks = factory;
    }

    /**
     * Replaces the summary line when {@code note} returns text for an outcome (the road UI: answers
     * ranked by travel time are not "straight line"); null keeps the usual summary.
     */
    public void setSummaryNote(Function<QueryOutcome, String> note) {
        this.summaryNote = note;
    }

    /** The data queried; until set, queries are refused with a message. */
    public ObjectProperty<QueryData> dataProperty() {
        return data;
    }

    /** What the user typed as incident: coordinates in any accepted form, or a name. */
    public StringProperty incidentTextProperty() {
        return incidentText;
    }

    /** The incident position (set by {@link #locate()} or by a map click). */
    public ObjectProperty<LonLat> incidentProperty() {
        return incident;
    }

    public ObjectProperty<QueryMode> modeProperty() {
        return mode;
    }

    public ObjectProperty<ResourceKind> kindProperty() {
        return kind;
    }

    public IntegerProperty kProperty() {
        return k;
    }

    /** Only resources usable now (on duty, open, online). */
    public BooleanProperty availableOnlyProperty() {
        return availableOnly;
    }

    /** Team type wanted, null for any. */
    public ObjectProperty<TeamType> teamTypeProperty() {
        return teamType;
    }

    /** Shelter class wanted, null for any. */
    public ObjectProperty<ShelterClass> shelterClassProperty() {
        return shelterClass;
    }

    public IntegerProperty minFreeCapacityProperty() {
        return minFreeCapacity;
    }

    /** GB/T 38565 supply class prefix, "" for any. */
    public StringProperty supplyClassProperty() {
        return supplyClass;
    }

    /** Zone radius or service radius in metres. */
    public DoubleProperty radiusMProperty() {
        return radiusM;
    }

    /** Demand layer code for coverage. */
    public StringProperty demandProperty() {
        return demand;
    }

    /** The rows of the last finished query. */
    public ObservableList<ResultRow> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    public ReadOnlyObjectProperty<QueryOutcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** One line for the status bar: a summary, an error, or "running". */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Progress of the running query (−1: indeterminate). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /**
     * Turns the typed text into the incident position: coordinates first, else the best name match.
     * Returns false and says why in {@link #statusProperty()} when it cannot.
     */
    public boolean locate() {
        String text = incidentText.get() == null ? "" : incidentText.get().trim();
        try {
            Optional<LonLat> parsed = CoordinateParser.parse(text);
            if (parsed.isPresent()) {
                incident.set(parsed.get());
                status.set(MessageFormat.format(strings.getString("status.located"), parsed.get().toString()));
                return true;
            }
            if (data.get() == null) {
                status.set(strings.getString("status.noData"));
                return false;
            }
            List<NameMatch> found = data.get().names().find(text, 1);
            if (found.isEmpty()) {
                status.set(MessageFormat.format(strings.getString("status.notFound"), text));
                return false;
            }
            incident.set(found.get(0).location());
            status.set(MessageFormat.format(strings.getString("status.located"), found.get(0).name()));
            return true;
        } catch (IllegalArgumentException e) {
            status.set(e.getMessage());
            return false;
        }
    }

    /** The engine filter the inputs describe, for the current kind. */
    public ResourceFilter filter() {
        ResourceFilter f = availableOnly.get() ? ResourceFilter.ANY.onlyAvailable() : ResourceFilter.ANY;
        ResourceKind kd = kind.get();
        if (kd == ResourceKind.RESCUE_TEAM && teamType.get() != null) {
            f = f.withTeamTypes(EnumSet.of(teamType.get()));
        }
        if (kd == ResourceKind.SHELTER) {
            if (shelterClass.get() != null) {
                f = f.withShelterClasses(Set.of(shelterClass.get()));
            }
            f = f.withMinFreeCapacity(Math.max(0, minFreeCapacity.get()));
        }
        if (kd == ResourceKind.SUPPLY_DEPOT) {
            f = f.withSupplyClass(supplyClass.get());
        }
        return f;
    }

    /** The request the inputs describe; IllegalArgumentException with a user message when incomplete. */
    public QueryRequest request() {
        return new QueryRequest(mode.get(), incident.get(), mode.get() == QueryMode.CAMERAS
                || mode.get() == QueryMode.ZONE ? null : kind.get(), Math.max(1, k.get()),
                mode.get() == QueryMode.CAMERAS || mode.get() == QueryMode.ZONE
                        ? (availableOnly.get() ? ResourceFilter.ANY.onlyAvailable() : ResourceFilter.ANY) : filter(),
                radiusM.get(), demand.get());
    }

    /** Starts the query the inputs describe on {@code executor}; false (with a status message) if it cannot. */
    public boolean run(Executor executor) {
        if (data.get() == null) {
            status.set(strings.getString("status.noData"));
            return false;
        }
        QueryRequest request;
        try {
            request = request();
        } catch (IllegalArgumentException e) {
            status.set(e.getMessage());
            return false;
        }
        cancel();
        Task<QueryOutcome> task = tasks.apply(request, data.get());
        current = task;
        running.set(true);
        status.set(strings.getString("status.running"));
        progress.bind(task.progressProperty());
        task.setOnSucceeded(e -> finished(task, task.getValue(), null));
        task.setOnFailed(e -> finished(task, null, task.getException()));
        task.setOnCancelled(e -> finished(task, null, null));
        executor.execute(task);
        return true;
    }

    /** Cancels the running query, if any. */
    public void cancel() {
        if (current != null && current.isRunning()) {
            current.cancel();
        }
    }

    /** The results as CSV (for the clipboard or a file). */
    public String csv() {
        return ResultsCsv.of(rows, strings);
    }

    private void finished(Task<QueryOutcome> task, QueryOutcome result, Throwable error) {
        if (task != current) {
            return; // a newer query replaced this one
        }
        progress.unbind();
        progress.set(result != null ? 1 : 0);
        running.set(false);
        current = null;
        if (result != null) {
            outcome.set(result);
            rows.setAll(result.rows());
            map.show(result.overlay());
            String note = summaryNote.apply(result);
            status.set(note != null ? note : summary(result));
        } else if (error != null) {
            status.set(MessageFormat.format(strings.getString("status.failed"),
                    error.getMessage() != null ? error.getMessage() : error.toString()));
        } else {
            status.set(strings.getString("status.cancelled"));
        }
    }

    String summary(QueryOutcome o) {
        if (o.request().mode() == QueryMode.COVERAGE) {
            double share = o.total() == 0 ? 0 : 100.0 * o.covered() / o.total();
            return MessageFormat.format(strings.getString("summary.coverage"), o.covered(), o.total(),
                    String.format(java.util.Locale.ROOT, "%.1f", share), o.rows().size());
        }
        return MessageFormat.format(strings.getString("summary.rows"), o.rows().size());
    }
}
