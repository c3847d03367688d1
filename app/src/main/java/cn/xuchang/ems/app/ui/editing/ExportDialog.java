package cn.xuchang.ems.app.ui.editing;

import cn.xuchang.ems.app.ui.i18n.Messages;
import cn.xuchang.ems.app.ui.theme.DispatchTheme;
import cn.xuchang.ems.data.crs.CrsRegistry;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.data.io.ExportFormat;
import cn.xuchang.ems.data.io.ExportOptions;
import cn.xuchang.ems.data.io.TextEncoding;
import cn.xuchang.ems.data.store.ResourceStore;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * Export from the window: a layer, the selection or the query panel's result, to any format the
 * engine writes, in a chosen coordinate system and encoding. The writing runs in an
 * {@link ExportTask} on the worker, with progress and cancel. FX thread only.
 */
public final class ExportDialog extends GridPane {
    /** What is exported. */
    enum Scope { LAYER, SELECTION, QUERY }

    private final ChoiceBox<Scope> scope = new ChoiceBox<>();
    private final ChoiceBox<ResourceKind> kind = new ChoiceBox<>();
    private final ChoiceBox<ExportFormat> format = new ChoiceBox<>();
    private final ComboBox<String> crs = new ComboBox<>();
    private final ChoiceBox<String> encoding = new ChoiceBox<>();
    private final TextField file = new TextField();
    private final Label message = new Label();
    private final ProgressBar progress = new ProgressBar(0);
    private final Button run;
    private ExportTask current;

    ExportDialog(ResourceStore store, EditStrings strings, Messages messages, Executor work, Consumer<String> status,
                 Optional<ResourceKind> layer, List<Resource> selection, List<Resource> queryResult) {
        setHgap(8);
        setVgap(8);
        setPadding(new Insets(12));
        scope.setId("export-scope");
        scope.getItems().setAll(Scope.values());
        scope.setConverter(converter(s -> switch (s) {
            case LAYER -> strings.get("export.scope.layer");
            case SELECTION -> strings.get("export.scope.selection", selection.size());
            case QUERY -> strings.get("export.scope.query", queryResult.size());
        }));
        scope.setValue(layer.isPresent() || (selection.isEmpty() && queryResult.isEmpty()) ? Scope.LAYER
                : selection.isEmpty() ? Scope.QUERY : Scope.SELECTION);
        kind.setId("export-kind");
        kind.getItems().setAll(ResourceKind.values());
        kind.setConverter(converter(k -> messages.get("kind." + k.code())));
        kind.setValue(layer.orElse(selection.isEmpty() ? ResourceKind.SHELTER : selection.get(0).kind()));
        kind.disableProperty().bind(scope.valueProperty().isNotEqualTo(Scope.LAYER));
        format.setId("export-format");
        format.getItems().setAll(ExportFormat.values());
        format.setConverter(converter(f -> f.code() + " (" + f.extension() + ")"));
        format.setValue(ExportFormat.GEOJSON);
        crs.setId("export-crs");
        crs.setEditable(true);
        crs.getItems().setAll("cgcs2000", "wgs84", "epsg:4547", "webmercator", "gcj02", "bd09");
        crs.setValue("cgcs2000");
        encoding.setId("export-encoding");
        encoding.getItems().setAll("utf-8", "gbk");
        encoding.setValue("utf-8");
        file.setId("export-file");
        file.setPrefColumnCount(32);
        Button browse = new Button(strings.get("export.browse"));
        browse.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.getValue().code(),
                    "*" + format.getValue().extension()));
            File f = chooser.showSaveDialog(getScene().getWindow());
            if (f != null) {
                file.setText(f.toString());
            }
        });
        message.setId("export-message");
        message.setWrapText(true);
        run = new Button(strings.get("export.button"));
        run.setId("export-run");
        run.setDefaultButton(true);
        run.setOnAction(e -> {
            Scope s = scope.getValue();
            List<Resource> chosen = s == Scope.SELECTION ? selection : s == Scope.QUERY ? queryResult : List.of();
            ExportTask task;
            try {
                if (file.getText().isBlank()) {
                    throw new IllegalArgumentException(strings.get("export.file") + " ?");
                }
                if (s != Scope.LAYER && chosen.isEmpty()) {
                    throw new IllegalArgumentException(strings.get("export.empty"));
                }
                task = new ExportTask(store, s == Scope.LAYER ? kind.getValue() : null, chosen, format.getValue(),
                        Path.of(file.getText().trim()), new ExportOptions(CrsRegistry.parse(crs.getValue()),
                        TextEncoding.parse(encoding.getValue())));
            } catch (IllegalArgumentException ex) {
                message.setText(strings.get("status.exportFailed", ex.getMessage()));
                return;
            }
            start(task, strings, status, work);
        });
        int row = 0;
        addRow(row++, new Label(strings.get("export.scope")), scope);
        addRow(row++, new Label(strings.get("export.kind")), kind);
        addRow(row++, new Label(strings.get("export.format")), format);
        addRow(row++, new Label(strings.get("export.crs")), crs);
        addRow(row++, new Label(strings.get("export.encoding")), encoding);
        addRow(row++, new Label(strings.get("export.file")), new HBox(6, file, browse));
        addRow(row++, progress, new HBox(10, run, message));
    }

    /** Opens the dialog over {@code owner}. */
    static Stage open(Window owner, ResourceStore store, EditStrings strings, Messages messages, Executor work,
                      Consumer<String> status, Optional<ResourceKind> layer, List<Resource> selection,
                      List<Resource> queryResult) {
        ExportDialog dialog = new ExportDialog(store, strings, messages, work, status, layer, selection, queryResult);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(strings.get("export.title"));
        Scene scene = new Scene(dialog);
        DispatchTheme.apply(scene);
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            if (dialog.current != null) {
                dialog.current.cancel();
            }
        });
        stage.show();
        return stage;
    }

    private void start(ExportTask task, EditStrings strings, Consumer<String> status, Executor work) {
        current = task;
        run.setDisable(true);
        progress.progressProperty().bind(task.progressProperty());
        message.textProperty().bind(task.messageProperty());
        task.setOnSucceeded(e -> done(strings.get("status.exported", names(task.getValue())), status));
        task.setOnFailed(e -> done(strings.get("status.exportFailed", task.getException().getMessage()), status));
        task.setOnCancelled(e -> done("", status));
        work.execute(task);
    }

    private static String names(List<Path> files) {
        return String.join(", ", files.stream().map(Path::toString).toList());
    }

    private void done(String text, Consumer<String> status) {
        message.textProperty().unbind();
        progress.progressProperty().unbind();
        message.setText(text);
        status.accept(text);
        run.setDisable(false);
        current = null;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : text.apply(t);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
