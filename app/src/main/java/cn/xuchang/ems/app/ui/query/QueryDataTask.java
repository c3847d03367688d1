package cn.xuchang.ems.app.ui.query;

import cn.xuchang.ems.data.store.ResourceStore;
import javafx.concurrent.Task;

/**
 * Loads the resources and base map from the store and builds the index and name search, off the FX
 * thread. Typical wiring: {@code task.setOnSucceeded(e -> viewModel.dataProperty().set(task.getValue()))},
 * and again after each store change (a {@code ResourceStoreListener}).
 */
public final class QueryDataTask extends Task<QueryData> {

    private final ResourceStore store;

    /** A task reading {@code store}. */
    public QueryDataTask(ResourceStore store) {
        this.store = store;
    }

    @Override
    protected QueryData call() {
        updateProgress(-1, 1);
        return QueryData.load(store);
    }
}
