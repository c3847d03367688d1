package cn.xuchang.ems.app.ui.table;

import cn.xuchang.ems.data.domain.ResourceKind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The attribute tables docked below the map, one page per layer, as ArcGIS Pro docks its tables: a
 * page tab per open layer, a grip on the top edge to resize, a button to close them all. FX thread only.
 *
 * <p>Docked rather than each in a window of its own, to keep opening a table within the FX thread's
 * 50 ms budget: a window costs a CSS pass over every node it holds each time it is shown, and each new
 * window starts with an empty style cache, so in a window the first row alone took 40 ms (UI
 * benchmark, client compiler). The main window's style cache is warm after the first table, and a
 * new table comes in three pulses (styled while hidden, shown, then filled), each well under 25 ms.
 * A closed page lets go of its table and rows: building one again is that cheap.
 */
public final class TableDock extends VBox {
    /** Height of a new dock, logical pixels: the tool bar, the header and about eight rows. */
    static final double DEFAULT_HEIGHT = 300;
    static final double MIN_HEIGHT = 120;
    /** Map height the grip always leaves above the dock. */
    static final double MIN_MAP_HEIGHT = 160;

    private final ResourceBundle strings;
    private final Map<ResourceKind, Page> pages = new EnumMap<>(ResourceKind.class);
    private final HBox tabs = new HBox(4);
    private final ToggleGroup tabGroup = new ToggleGroup();
    private final StackPane stack = new StackPane();
    private double dragFromY;
    private double dragFromHeight;

    /** One open layer's table and its page tab. */
    private record Page(ResourceKind kind, AttributeTable table, HBox tab, ToggleButton title) {
    }

    /** An empty, hidden dock with its texts in {@code locale}. */
    public TableDock(Locale locale) {
        this.strings = AttributeTable.strings(locale);
        setId("table-dock");
        getStyleClass().add("table-dock");
        Region grip = new Region();
        grip.getStyleClass().add("table-dock-grip");
        grip.setId("table-dock-grip");
        grip.setPrefHeight(6);
        grip.setMinHeight(6);
        grip.setCursor(Cursor.V_RESIZE);
        grip.setOnMousePressed(e -> {
            dragFromY = e.getScreenY();
            dragFromHeight = getHeight();
        });
        grip.setOnMouseDragged(e -> setPrefHeight(clampHeight(dragFromHeight + dragFromY - e.getScreenY())));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button closeDock = new Button("✕");
        closeDock.setId("table-dock-close");
        closeDock.setTooltip(new Tooltip(strings.getString("dock.close")));
        closeDock.setOnAction(e -> closeAll());
        HBox header = new HBox(4, tabs, spacer, closeDock);
        header.getStyleClass().add("table-dock-header");
        header.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(stack, Priority.ALWAYS);
        getChildren().addAll(grip, header, stack);
        setPrefHeight(DEFAULT_HEIGHT);
        setMinHeight(MIN_HEIGHT);
        showDock(false);
        tabGroup.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null && pages.values().stream().anyMatch(p -> p.title() == old)) {
                // a click on the selected tab keeps it selected: one page is always on show
                old.setSelected(true);
            }
        });
    }

    /**
     * Shows the table of {@code kind}, building it with {@code newTable} if its page is not open. A new
     * table joins the window hidden, is shown after the pulse that styled it, and loads its rows after
     * the pulse that laid it out: each of the three is a good part of the FX thread's 50 ms budget.
     */
    public void show(ResourceKind kind, String title, Supplier<AttributeTable> newTable) {
        Page open = pages.get(kind);
        if (open != null) {
            select(open);
            return;
        }
        AttributeTable table = newTable.get();
        table.setVisible(false);
        ToggleButton titleButton = new ToggleButton(title);
        titleButton.setId("table-tab-" + kind.code());
        titleButton.setToggleGroup(tabGroup);
        Button close = new Button("✕");
        close.setId("table-tab-close-" + kind.code());
        close.getStyleClass().add("table-tab-close");
        close.setTooltip(new Tooltip(strings.getString("dock.closePage")));
        HBox tab = new HBox(0, titleButton, close);
        tab.getStyleClass().add("table-tab");
        tab.setAlignment(Pos.CENTER_LEFT);
        Page page = new Page(kind, table, tab, titleButton);
        titleButton.selectedProperty().addListener((obs, was, selected) -> table.setVisible(selected));
        close.setOnAction(e -> close(kind));
        pages.put(kind, page);
        stack.getChildren().add(table);
        afterNextPulse(() -> {
            if (pages.get(kind) == page) {
                tabs.getChildren().add(tab);
                select(page);
                afterNextPulse(() -> {
                    if (pages.get(kind) == page) {
                        table.reload();
                    }
                });
            }
        });
    }

    /** Runs {@code work} once, after the next pulse has styled and laid out the scene. */
    private void afterNextPulse(Runnable work) {
        Scene scene = getScene();
        if (scene == null) {
            Platform.runLater(work);
            return;
        }
        boolean[] ran = {false};
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> Platform.runLater(() -> {
            // the scene may not be changed during its pulse: the listener goes, and the work runs, after it
            scene.removePostLayoutPulseListener(listener[0]);
            if (!ran[0]) {
                ran[0] = true;
                work.run();
            }
        });
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    private void select(Page page) {
        page.title().setSelected(true);
        showDock(true);
    }

    /** Closes the page of {@code kind} if it is open, and the dock with its last page. */
    public void close(ResourceKind kind) {
        Page page = pages.remove(kind);
        if (page == null) {
            return;
        }
        boolean wasSelected = page.title().isSelected();
        page.table().close();
        tabs.getChildren().remove(page.tab());
        stack.getChildren().remove(page.table());
        page.title().setToggleGroup(null);
        if (wasSelected) {
            pages.values().stream().findFirst().ifPresentOrElse(this::select, () -> showDock(false));
        }
    }

    /** Closes every page and the dock (also when another workspace opens: the tables belong to the old store). */
    public void closeAll() {
        List.copyOf(pages.keySet()).forEach(this::close);
        showDock(false);
    }

    /** The table on show, if the dock is open. */
    public Optional<AttributeTable> shownTable() {
        return shownPage().map(Page::table);
    }

    /** The layer whose table is on show, if the dock is open. */
    public Optional<ResourceKind> shownKind() {
        return shownPage().map(Page::kind);
    }

    private Optional<Page> shownPage() {
        if (!isVisible()) {
            return Optional.empty();
        }
        return pages.values().stream().filter(p -> p.title().isSelected()).findFirst();
    }

    private void showDock(boolean shown) {
        setVisible(shown);
        setManaged(shown);
    }

    private double clampHeight(double h) {
        double room = getParent() == null ? Double.MAX_VALUE
                : getParent().getLayoutBounds().getHeight() - MIN_MAP_HEIGHT;
        return Math.max(MIN_HEIGHT, Math.min(h, room));
    }
}
