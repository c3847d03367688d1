package cn.xuchang.ems.app.ui.query;

import javafx.concurrent.Task;

/**
 * Runs one query on a worker thread. Cancelling stops coverage between facilities; the other queries
 * take milliseconds and simply have their result dropped.
 */
public final class QueryTask extends Task<QueryOutcome> {

    private final QueryRequest request;
    private final QueryData data;

    /** A task answering {@code request} over {@code data}. */
    public QueryTask(QueryRequest request, QueryData data) {
        this.request = request;
        this.data = data;
    }

    @Override
    protected QueryOutcome call() {
        updateProgress(-1, 1);
        QueryOutcome outcome = QueryEngine.run(request, data, this::isCancelled, f -> updateProgress(f, 1));
        updateProgress(1, 1);
        return outcome;
    }
}
