package cn.xuchang.ems.app.ui.bookmarks;

import cn.xuchang.ems.app.ui.i18n.Messages;
import cn.xuchang.ems.app.ui.map.MapView;
import cn.xuchang.ems.map.projection.Viewport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;

/**
 * The tool-bar menu of view bookmarks: save the current view under a name, go back to a saved one,
 * delete one. Bookmarks are the user's own, kept in the data folder ({@link BookmarkFile}); the file
 * is read and written on the worker, never on the FX thread. FX thread only otherwise.
 */
public final class BookmarkMenu extends MenuButton {
    private final Messages messages;
    private final MapView map;
    private final Executor worker;
    private final Consumer<String> report;
    private final List<ViewBookmark> bookmarks = new ArrayList<>();
    private BookmarkFile file;

    /** A menu for {@code map}; {@code report} shows short messages (status bar). */
    public BookmarkMenu(Messages messages, MapView map, Executor worker, Consumer<String> report) {
        super(messages.get("bookmarks"));
        this.messages = messages;
        this.map = map;
        this.worker = worker;
        this.report = report;
        setId("bookmarks");
        setFocusTraversable(false);
        setDisable(true);
        rebuild();
    }

    /** Loads the bookmarks of {@code dataDir} (in the background) and enables the menu. */
    public void open(Path dataDir) {
        BookmarkFile f = new BookmarkFile(dataDir);
        worker.execute(() -> {
            List<ViewBookmark> loaded;
            try {
                loaded = f.load();
            } catch (RuntimeException e) {
                Platform.runLater(() -> report.accept(messages.get("bookmarks.unreadable", e.getMessage())));
                loaded = List.of();
            }
            List<ViewBookmark> result = loaded;
            Platform.runLater(() -> {
                file = f;
                bookmarks.clear();
                bookmarks.addAll(result);
                setDisable(false);
                rebuild();
            });
        });
    }

    /** The bookmarks, in menu order. */
    public List<ViewBookmark> bookmarks() {
        return List.copyOf(bookmarks);
    }

    /** Saves the current view as {@code name} (replacing a bookmark of the same name). */
    public void add(String name) {
        Viewport v = map.viewport();
        if (v == null || file == null || name == null || name.isBlank()) {
            return;
        }
        ViewBookmark b = new ViewBookmark(name, v.centreX(), v.centreY(), v.metresPerPixel());
        bookmarks.removeIf(x -> x.name().equals(b.name()));
        bookmarks.add(b);
        persist();
        report.accept(messages.get("bookmarks.saved", b.name()));
    }

    /** Shows the view of {@code b}. */
    public void go(ViewBookmark b) {
        Viewport v = map.viewport();
        if (v != null) {
            map.setViewport(v.withCentre(b.centreX(), b.centreY()).withResolution(b.metresPerPixel()), true);
        }
    }

    /** Deletes {@code b}. */
    public void delete(ViewBookmark b) {
        bookmarks.remove(b);
        persist();
    }

    private void persist() {
        rebuild();
        BookmarkFile f = file;
        List<ViewBookmark> snapshot = List.copyOf(bookmarks);
        worker.execute(() -> {
            try {
                f.save(snapshot);
            } catch (RuntimeException e) {
                Platform.runLater(() -> report.accept(messages.get("bookmarks.unwritable", e.getMessage())));
            }
        });
    }

    private void rebuild() {
        MenuItem add = new MenuItem(messages.get("bookmarks.add"));
        add.setId("bookmark-add");
        add.setOnAction(e -> askName());
        getItems().setAll(add);
        if (bookmarks.isEmpty()) {
            MenuItem none = new MenuItem(messages.get("bookmarks.none"));
            none.setDisable(true);
            getItems().addAll(new SeparatorMenuItem(), none);
            return;
        }
        getItems().add(new SeparatorMenuItem());
        Menu delete = new Menu(messages.get("bookmarks.delete"));
        for (ViewBookmark b : bookmarks) {
            MenuItem go = new MenuItem(b.name());
            go.setOnAction(e -> go(b));
            getItems().add(go);
            MenuItem del = new MenuItem(b.name());
            del.setOnAction(e -> delete(b));
            delete.getItems().add(del);
        }
        getItems().addAll(new SeparatorMenuItem(), delete);
    }

    private void askName() {
        TextInputDialog dialog = new TextInputDialog(messages.get("bookmarks.defaultName", bookmarks.size() + 1));
        dialog.setTitle(messages.get("bookmarks.add"));
        dialog.setHeaderText(messages.get("bookmarks.askName"));
        if (getScene() != null) {
            dialog.initOwner(getScene().getWindow());
            dialog.getDialogPane().getStylesheets().addAll(getScene().getStylesheets());
            dialog.getDialogPane().setStyle(getScene().getRoot().getStyle());
        }
        dialog.showAndWait().ifPresent(this::add);
    }
}
