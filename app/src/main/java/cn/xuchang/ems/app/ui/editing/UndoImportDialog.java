package cn.xuchang.ems.app.ui.editing;

import cn.xuchang.ems.app.ui.i18n.Messages;
import cn.xuchang.ems.app.ui.theme.DispatchTheme;
import cn.xuchang.ems.data.io.ResourceImport;
import cn.xuchang.ems.data.store.ImportBatch;
import cn.xuchang.ems.data.store.ResourceStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Lists the imports recorded in the store (newest first) and undoes the chosen one as a whole, on
 * the worker; the map follows through the store's reload. FX thread only.
 */
public final class UndoImportDialog extends BorderPane {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());
    private final ResourceStore store;
    private final EditStrings strings;
    private final Executor work;
    private final Consumer<String> status;
    private final ListView<ImportBatch> list = new ListView<>();
    private final Label message = new Label();
    private final Button undo;

    UndoImportDialog(ResourceStore store, EditStrings strings, Messages messages, Executor work, Consumer<String> status) {
        this.store = store;
        this.strings = strings;
        this.work = work;
        this.status = status;
        setPadding(new Insets(10));
        list.setId("import-list");
        list.setPlaceholder(new Label(strings.get("undoImport.empty")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ImportBatch b, boolean empty) {
                super.updateItem(b, empty);
                setText(empty || b == null ? null : strings.get("undoImport.row", TIME.format(b.createdAt()),
                        Path.of(b.sourceFile()).getFileName(), messages.get("kind." + b.kind().code()), b.accepted(),
                        b.rejected(), b.undone() ? strings.get("undoImport.undone", TIME.format(b.undoneAt()))
                                : b.createdBy()));
                setDisable(b != null && b.undone());
            }
        });
        undo = new Button(strings.get("undoImport.button"));
        undo.setId("undo-import");
        undo.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        undo.setOnAction(e -> undoChosen());
        message.setId("undo-import-message");
        message.setWrapText(true);
        setTop(new Label(strings.get("undoImport.header")));
        setCenter(list);
        HBox bottom = new HBox(10, undo, message);
        bottom.setPadding(new Insets(8, 0, 0, 0));
        setBottom(bottom);
        BorderPane.setMargin(list, new Insets(8, 0, 0, 0));
    }

    /** Opens the dialog over {@code owner} and lists the imports. */
    static Stage open(Window owner, ResourceStore store, EditStrings strings, Messages messages, Executor work,
                      Consumer<String> status) {
        UndoImportDialog dialog = new UndoImportDialog(store, strings, messages, work, status);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(strings.get("undoImport.title"));
        Scene scene = new Scene(dialog, 720, 420);
        DispatchTheme.apply(scene);
        stage.setScene(scene);
        stage.show();
        dialog.refresh();
        return stage;
    }

    /** Reads the list of imports again (on the worker). */
    public void refresh() {
        Task<List<ImportBatch>> task = new Task<>() {
            @Override
            protected List<ImportBatch> call() {
                return store.listImports().stream().sorted(Comparator.comparing(ImportBatch::createdAt).reversed())
                        .toList();
            }
        };
        task.setOnSucceeded(e -> list.getItems().setAll(task.getValue()));
        task.setOnFailed(e -> message.setText(String.valueOf(task.getException().getMessage())));
        work.execute(task);
    }

    /** The imports listed. */
    public List<ImportBatch> shown() {
        return List.copyOf(list.getItems());
    }

    private void undoChosen() {
        ImportBatch chosen = list.getSelectionModel().getSelectedItem();
        if (chosen == null || chosen.undone()) {
            return;
        }
        Task<Integer> task = new Task<>() {
            @Override
            protected Integer call() {
                return new ResourceImport(store, Optional.empty(), Clock.systemUTC()).undo(chosen.id());
            }
        };
        task.setOnSucceeded(e -> {
            String done = strings.get("status.undoImportDone", task.getValue());
            message.setText(done);
            status.accept(done);
            refresh();
        });
        task.setOnFailed(e -> message.setText(strings.get("status.refused", task.getException().getMessage())));
        work.execute(task);
    }
}
