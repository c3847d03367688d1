package cn.xuchang.ems.app.ui.table;

import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.data.edit.AttributeChange;
import cn.xuchang.ems.data.edit.EditHistory;
import cn.xuchang.ems.data.edit.ResourceEdit;
import cn.xuchang.ems.data.io.Column;
import cn.xuchang.ems.data.io.ResourceAttributes;
import cn.xuchang.ems.data.store.ResourceStore;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.controlsfx.control.table.TableFilter;

/**
 * The attribute table of one resource layer: every attribute as a column (sortable; ControlsFX
 * column filters), a search box, cells editable in place. An edit is parsed like an import would
 * parse it, committed to the store at once through {@link EditHistory} on the worker, and can be
 * undone and redone; a refused edit says why and leaves the store as it was. FX thread only.
 */
public final class AttributeTable extends BorderPane {
    private static final Set<String> READ_ONLY = Set.of(ResourceAttributes.ID, ResourceAttributes.KIND,
            ResourceAttributes.COUNTY, ResourceAttributes.COUNTY_CODE, ResourceAttributes.SAMPLE,
            ResourceAttributes.CREATED_BY, ResourceAttributes.CREATED_AT, ResourceAttributes.UPDATED_BY,
            ResourceAttributes.UPDATED_AT, ResourceAttributes.SOURCE, ResourceAttributes.SOURCE_CRS);

    /** Height of a row, logical pixels: a line of the 13 px table text with its padding, or a cell's editor. */
    static final double ROW_PX = 26;

    /** Rows added per frame while an empty table fills, and how many rows make a screenful. */
    static final int ROWS_PER_FRAME = 6;
    static final int SCREENFUL_ROWS = 60;

    private final ResourceStore store;
    private final EditHistory history;
    private final ResourceKind kind;
    private final Executor worker;
    private final ResourceBundle strings;
    private final Locale locale;
    /**
     * Everything loaded; {@link #searched}, the table's backing list under the ControlsFX column
     * filters, holds the rows that match the search box.
     */
    private List<AttributeRow> all = List.of();
    /** The rows an empty table is being filled with, a few per frame (see {@link #filling}). */
    private List<AttributeRow> fill = List.of();
    /**
     * A table with no rows builds a cell for every visible column of every visible row in one go when
     * rows come: hundreds of cells, 40-95 ms of FX-thread work measured by the UI benchmark. So an
     * empty table takes its first screenful a few rows per frame, and the rest at once.
     */
    private final AnimationTimer filling = new AnimationTimer() {
        @Override
        public void handle(long now) {
            int next = searched.size() + ROWS_PER_FRAME;
            if (next >= fill.size() || next > SCREENFUL_ROWS) {
                stop();
                searched.setAll(fill);
                fill = List.of();
                showCounts();
            } else {
                searched.setAll(fill.subList(0, next));
            }
        }
    };
    private final ObservableList<AttributeRow> searched = FXCollections.observableArrayList();
    private final TableView<AttributeRow> table = new TableView<>(searched);
    private final TextField search = new TextField();
    private final Button undo = new Button();
    private final Button redo = new Button();
    private final StringProperty status = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final Supplier<String> user;
    private String lastChange;
    private boolean closed;

    /** A table of {@code kind}; call {@link #reload()} to fill it. */
    public AttributeTable(ResourceStore store, EditHistory history, ResourceKind kind, Locale locale, Executor worker) {
        this.store = store;
        this.history = history;
        this.kind = kind;
        this.worker = worker;
        this.locale = locale;
        this.strings = strings(locale);
        this.user = () -> System.getProperty("user.name", "xems");
        createView();
        initListeners();
    }

    /** The texts of attribute tables in {@code locale}. */
    static ResourceBundle strings(Locale locale) {
        return ResourceBundle.getBundle("cn.xuchang.ems.app.i18n.table", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private void createView() {
        table.setId("attribute-table");
        table.setEditable(true);
        // one height for every row: the table then builds cells only for the columns in view and
        // does not measure each row (the UI benchmark found 70-100 ms of FX-thread work to open it without)
        table.setFixedCellSize(ROW_PX);
        for (Column c : ResourceAttributes.columns(kind)) {
            TableColumn<AttributeRow, String> col = new TableColumn<>(c.name());
            col.setCellValueFactory(cell -> new SimpleStringProperty(cell.getValue().text(c.name())));
            boolean editable = !READ_ONLY.contains(c.name());
            col.setEditable(editable);
            if (editable) {
                col.setCellFactory(TextFieldTableCell.forTableColumn());
                col.setOnEditCommit(e -> commit(e.getRowValue(), c.name(), e.getNewValue()));
            }
            table.getColumns().add(col);
        }
        TableFilter.forTableView(table).lazy(true).apply();
        search.setId("attribute-search");
        search.setPromptText(strings.getString("prompt.search"));
        undo.setId("attribute-undo");
        redo.setId("attribute-redo");
        undo.setText(strings.getString("button.undo"));
        redo.setText(strings.getString("button.redo"));
        Button reload = new Button(strings.getString("button.reload"));
        reload.setOnAction(e -> reload());
        Label statusLabel = new Label();
        statusLabel.setId("attribute-status");
        statusLabel.textProperty().bind(status);
        HBox top = new HBox(8, search, undo, redo, reload, statusLabel);
        HBox.setHgrow(search, Priority.ALWAYS);
        top.setPadding(new Insets(6));
        setTop(top);
        setCenter(table);
        updateButtons();
    }

    private void initListeners() {
        search.textProperty().addListener((obs, old, now) -> {
            applySearch();
            showCounts();
        });
        undo.setOnAction(e -> inBackground(() -> history.undo().map(ResourceEdit::label), "status.undone"));
        redo.setOnAction(e -> inBackground(() -> history.redo().map(ResourceEdit::label), "status.redone"));
    }

    /** Loads the layer from the store on the worker. */
    public void reload() {
        busy.set(true);
        Task<List<AttributeRow>> load = new Task<>() {
            @Override
            protected List<AttributeRow> call() {
                return store.loadByKind(kind).stream().map(AttributeRow::of).toList();
            }
        };
        load.setOnSucceeded(e -> {
            if (closed) {
                // closed meanwhile: hold no rows
                busy.set(false);
                return;
            }
            all = load.getValue();
            applySearch();
            busy.set(false);
            showCounts();
            if (lastChange != null) {
                status.set(lastChange + " · " + status.get());
                lastChange = null;
            }
        });
        load.setOnFailed(e -> {
            busy.set(false);
            status.set(load.getException().getMessage());
        });
        worker.execute(load);
    }

    /**
     * Lets go of the rows, for good: the table was closed. A load still running is dropped when it
     * ends. A large layer's rows hold an attribute text per cell: hundreds of thousands of strings.
     */
    public void close() {
        closed = true;
        filling.stop();
        fill = List.of();
        all = List.of();
        searched.clear();
        status.set("");
    }

    /** Sets {@code field} of the row's resource to {@code text}, stored at once. */
    void commit(AttributeRow row, String field, String text) {
        Resource r = row.resource();
        inBackground(() -> {
            ResourceEdit.Update edit = AttributeChange.of(r, field, text, user.get(), Instant.now());
            history.perform(edit);
            return Optional.of(edit.label() + " · " + field);
        }, "status.saved");
    }

    private void inBackground(Supplier<Optional<String>> work, String doneKey) {
        busy.set(true);
        Task<Optional<String>> task = new Task<>() {
            @Override
            protected Optional<String> call() {
                return work.get();
            }
        };
        task.setOnSucceeded(e -> {
            reload();
            task.getValue().ifPresent(label -> lastChange = format(doneKey, label));
            updateButtons();
        });
        task.setOnFailed(e -> {
            status.set(format("status.refused", task.getException().getMessage()));
            table.refresh();
            busy.set(false);
            updateButtons();
        });
        worker.execute(task);
    }

    private void updateButtons() {
        undo.setDisable(!history.canUndo());
        redo.setDisable(!history.canRedo());
    }

    private void applySearch() {
        String needle = search.getText();
        List<AttributeRow> rows = all.stream().filter(r -> r.matches(needle)).toList();
        filling.stop();
        fill = List.of();
        if (searched.isEmpty() && rows.size() > ROWS_PER_FRAME) {
            fill = rows;
            searched.setAll(rows.subList(0, ROWS_PER_FRAME));
            filling.start();
        } else {
            searched.setAll(rows);
        }
    }


    private void showCounts() {
        status.set(format("status.rows", all.size(), table.getItems().size()));
    }

    private String format(String key, Object... args) {
        return new MessageFormat(strings.getString(key), locale).format(args);
    }

    /** The rows shown after search and column filters. */
    public ObservableList<AttributeRow> shownRows() {
        return table.getItems();
    }

    /** The search text. */
    public StringProperty searchProperty() {
        return search.textProperty();
    }

    /** The status line. */
    public StringProperty statusProperty() {
        return status;
    }

    /** True while loading or storing. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Undoes the last edit (as the Undo button does). */
    public void undo() {
        undo.fire();
    }

    /** Redoes the last undone edit. */
    public void redo() {
        redo.fire();
    }
}
