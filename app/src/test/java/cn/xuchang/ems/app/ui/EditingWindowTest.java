package cn.xuchang.ems.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.xuchang.ems.app.ui.editing.EditingSession;
import cn.xuchang.ems.app.ui.editing.MapEditTool;
import cn.xuchang.ems.app.ui.editing.NewResource;
import cn.xuchang.ems.app.ui.map.MapTool;
import cn.xuchang.ems.data.crs.GaussKruger;
import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.data.domain.RescueTeam;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.data.io.ImportReport;
import cn.xuchang.ems.data.io.ImportRequest;
import cn.xuchang.ems.data.io.ResourceImport;
import cn.xuchang.ems.data.store.ImportBatch;
import cn.xuchang.ems.data.store.ResourceStore;
import cn.xuchang.ems.map.layer.MapFeature;
import cn.xuchang.ems.map.layer.ResourceLayer;
import cn.xuchang.ems.map.projection.Viewport;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Import, property sheet, and add/move/delete on the real window (Chinese UI), each checked in the
 * store and on the map, and undone again so the shared test database ends as it began.
 */
class EditingWindowTest {
    private static RunningMapWindow window;

    @BeforeAll
    static void startWindow() throws Exception {
        System.setProperty("headless.geometry", "1440x900-32");
        window = RunningMapWindow.start("zh");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.fx(() -> session().history() != null));
    }

    @AfterAll
    static void closeWindow() throws Exception {
        if (window != null) {
            window.close();
        }
    }

    private static EditingSession session() {
        return window.app.window().editing();
    }

    private static ResourceStore store() {
        return window.app.window().opened().workspace().store();
    }

    private static int teamsOnMap() {
        return window.map().layers().resourceLayer(ResourceKind.RESCUE_TEAM).orElseThrow().index().size();
    }

    /** Runs {@code action} and waits until the session's counter has moved on (and the FX queue is idle). */
    private static void andWait(IntSupplier counter, ThrowingRunnable action) throws Exception {
        int before = window.fx(counter::getAsInt);
        action.run();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.fx(counter::getAsInt) > before);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    private static IntSupplier reloads() {
        return () -> session().reloadsProperty().get();
    }

    private static IntSupplier edits() {
        return () -> session().editsProperty().get();
    }

    private static Viewport showAt(LonLat p, double metresPerPixel) throws Exception {
        double[] en = GaussKruger.CM_114E.forward(p);
        window.fxRun(() -> window.map().setViewport(
                window.map().viewport().withCentre(en[0], en[1]).withResolution(metresPerPixel), true));
        return window.awaitFrame().viewport();
    }

    @Test
    void importedCsvShowsOnTheMapAndUndoingTheImportTakesItOff() throws Exception {
        int before = teamsOnMap();
        Path csv = Path.of(getClass().getResource("editing/new_teams.csv").toURI());
        ImportReport[] report = new ImportReport[1];
        // the wizard's own engine, run off the FX thread as the wizard runs it
        andWait(reloads(), () -> report[0] = new ResourceImport(store(), Optional.empty(), Clock.systemUTC())
                .run(ImportRequest.of(csv, ResourceKind.RESCUE_TEAM, "test"), (phase, done, total) -> { }));
        assertThat(report[0].accepted()).isEqualTo(3);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> teamsOnMap() == before + 3);

        LonLat first = new LonLat(113.8612, 34.0405);
        Viewport v = showAt(first, 3.0);
        WritableImage with = window.mapSnapshot();
        window.snapshotWindow("editing-imported-teams-zh");
        assertThat(window.fx(() -> session().addKindProperty().get())).isNotNull();

        // undo it through the dialog: newest import first
        window.fxRun(() -> session().openUndoImport());
        ListView<ImportBatch> list = window.robot.lookup("#import-list").queryListView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.fx(() -> !list.getItems().isEmpty()));
        ImportBatch newest = window.fx(() -> list.getItems().get(0));
        assertThat(newest.sourceFile()).endsWith("new_teams.csv");
        assertThat(newest.accepted()).isEqualTo(3);
        window.fxRun(() -> list.getSelectionModel().select(0));
        snapshotScene(list.getScene(), "editing-undo-import-zh");
        var shownBefore = window.fx(() -> window.map().shownFrameProperty().get());
        andWait(reloads(), () -> window.robot.clickOn("#undo-import"));
        // the layer change redraws the same view
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.fx(() ->
                window.map().shownFrameProperty().get() != shownBefore));
        window.awaitFrame();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.fx(() -> list.getItems().get(0).undone()));
        window.fxRun(() -> list.getScene().getWindow().hide());

        assertThat(teamsOnMap()).isEqualTo(before);
        assertThat(store().loadByKind(ResourceKind.RESCUE_TEAM)).noneMatch(r -> r.name().startsWith("许昌测试应急救援"));
        WritableImage without = window.mapSnapshot();
        int x = (int) Math.round(v.screenX(GaussKruger.CM_114E.forward(first)[0]));
        int y = (int) Math.round(v.screenY(GaussKruger.CM_114E.forward(first)[1]));
        assertThat(differingPixels(with, without, x, y, 10)).as("the imported team's symbol is drawn, then gone")
                .isGreaterThan(30);
    }

    @Test
    void propertySheetStoresAGoodValueAtOnceRefusesABadOneAndUndoRedoWork() throws Exception {
        Resource team = window.map().layers().resourceLayer(ResourceKind.RESCUE_TEAM).orElseThrow().index()
                .features().stream().map(f -> f.resource().orElseThrow())
                .filter(r -> r.name().contains("消防")).findFirst().orElseThrow();
        int original = team.details(RescueTeam.class).headcount();
        int changed = original + 7;
        window.fxRun(() -> {
            window.app.window().selection().select(List.of(team));
            ((javafx.scene.control.TabPane) window.robot.lookup("#side-tabs").query())
                    .getSelectionModel().select(session().propertiesTab());
        });
        WaitForAsyncUtils.waitForFxEvents();
        TextField headcount = window.robot.lookup("#sheet-headcount").queryAs(TextField.class);
        assertThat(window.<String>fx(headcount::getText)).isEqualTo(Integer.toString(original));

        // stored (edits), then reloaded onto the map and the sheet (reloads)
        andWait(reloads(), () -> {
            window.robot.clickOn(headcount).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
            window.robot.write(Integer.toString(changed)).type(KeyCode.ENTER);
        });
        assertThat(headcountOf(team.id())).isEqualTo(changed);
        assertThat(store().find(team.id()).orElseThrow().provenance().updatedBy())
                .isEqualTo(System.getProperty("user.name"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.fx(() ->
                session().sheet().shown().details(RescueTeam.class).headcount() == changed));

        // a bad value: the message names the problem, nothing is stored, the editor shows the stored value
        TextField again = window.robot.lookup("#sheet-headcount").queryAs(TextField.class);
        window.robot.clickOn(again).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        window.robot.write("十几个").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Label message = window.robot.lookup("#property-status").queryAs(Label.class);
        assertThat(window.<String>fx(message::getText)).startsWith("未保存").contains("十几个");
        window.snapshotWindow("editing-property-sheet-refused-zh");
        assertThat(headcountOf(team.id())).isEqualTo(changed);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.fx(() ->
                window.robot.lookup("#sheet-headcount").queryAs(TextField.class).getText())
                .equals(Integer.toString(changed)));

        // Ctrl+Z on the map, Redo on the tool bar
        window.fxRun(() -> window.map().requestFocus());
        andWait(edits(), () -> window.robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL));
        assertThat(headcountOf(team.id())).isEqualTo(original);
        andWait(edits(), () -> window.robot.clickOn("#edit-redo"));
        assertThat(headcountOf(team.id())).isEqualTo(changed);
        andWait(edits(), () -> window.robot.clickOn("#edit-undo"));
        assertThat(headcountOf(team.id())).isEqualTo(original);
        assertThat(window.fx(() -> session().history().canUndo())).as("one edit stored, no echo of it").isFalse();
        window.fxRun(() -> window.app.window().selection().clear());
    }

    @Test
    void addMoveAndDeleteOnTheMapAreStoredAndEachCanBeUndone() throws Exception {
        LonLat spot = new LonLat(113.95, 34.12);
        Viewport v = showAt(spot, 4.0);
        window.fxRun(() -> {
            session().addKindProperty().set(ResourceKind.SHELTER);
            session().mapTool().modeProperty().set(MapEditTool.Mode.ADD);
        });
        Point2D centre = window.screen(Math.round(v.width() / 2.0), Math.round(v.height() / 2.0));
        window.robot.clickOn(centre, MouseButton.PRIMARY);
        TextField name = awaitNode("#add-name");
        String shelterName = "测试临时避难点";
        andWait(edits(), () -> {
            window.robot.clickOn(name).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
            window.robot.write(shelterName).type(KeyCode.ENTER);
        });
        Resource added = store().loadByKind(ResourceKind.SHELTER).stream()
                .filter(r -> r.name().equals(shelterName)).findFirst().orElseThrow();
        LonLat placed = v.toLonLat(Math.round(v.width() / 2.0), Math.round(v.height() / 2.0));
        assertThat(added.location().lon()).isCloseTo(placed.lon(), within(1e-4));
        assertThat(added.location().lat()).isCloseTo(placed.lat(), within(1e-4));
        assertThat(added.sample()).isFalse();
        assertThat(added.provenance().source()).isEqualTo(NewResource.SOURCE);
        assertThat(added.provenance().createdBy()).isEqualTo(System.getProperty("user.name"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onMap(added.id()));
        window.awaitFrame();
        window.snapshotWindow("editing-added-shelter-zh");

        // move: select it, drag it 60 px right and 40 px down
        window.fxRun(() -> {
            window.app.window().selection().select(List.of(added));
            session().mapTool().modeProperty().set(MapEditTool.Mode.MOVE);
        });
        Point2D from = window.screen(Math.round(v.width() / 2.0), Math.round(v.height() / 2.0));
        andWait(edits(), () -> window.robot.drag(from, MouseButton.PRIMARY).moveBy(30, 20).moveBy(30, 20).drop());
        LonLat target = v.toLonLat(Math.round(v.width() / 2.0) + 60, Math.round(v.height() / 2.0) + 40);
        Resource moved = store().find(added.id()).orElseThrow();
        assertThat(moved.location().lon()).isCloseTo(target.lon(), within(1e-4));
        assertThat(moved.location().lat()).isCloseTo(target.lat(), within(1e-4));
        assertThat(window.fx(() -> window.map().viewport())).as("the drag moved the feature, not the map").isEqualTo(v);

        // delete with confirmation
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.fx(() ->
                window.app.window().selection().selectedProperty().stream().anyMatch(r -> r.equals(moved))));
        window.fxRun(() -> session().mapTool().modeProperty().set(MapEditTool.Mode.NONE));
        window.robot.clickOn("#edit-delete");
        WaitForAsyncUtils.waitForFxEvents();
        andWait(edits(), () -> window.robot.type(KeyCode.ENTER));
        assertThat(store().find(added.id())).isEmpty();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !onMap(added.id()));

        // undo each, newest first
        andWait(edits(), () -> window.fxRun(() -> session().undo()));
        assertThat(store().find(added.id())).contains(moved);
        andWait(edits(), () -> window.fxRun(() -> session().undo()));
        assertThat(store().find(added.id()).orElseThrow().location()).isEqualTo(added.location());
        andWait(edits(), () -> window.fxRun(() -> session().undo()));
        assertThat(store().find(added.id())).isEmpty();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !onMap(added.id()));
        window.fxRun(() -> window.app.window().toolProperty().set(MapTool.PAN));
    }

    @Test
    void dataMenuOpensTheWizardLayerMenuOpensTheTableAndTheSelectionIsExported() throws Exception {
        window.robot.clickOn("#menu-data").clickOn("#menu-import");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> window.robot.lookup("#import-kind").tryQuery().isPresent());
        window.fxRun(() -> window.robot.lookup("#import-kind").query().getScene().getWindow().hide());

        // the layer panel's context menu on 应急避难场所 opens its attribute table
        window.fxRun(() -> chooseLayerRow(ResourceKind.SHELTER));
        // the item of the tree's context menu, fired: in the headless run the robot did not find it after a right click
        window.fxRun(() -> ((javafx.scene.control.TreeView<?>) window.robot.lookup("#layer-tree").query())
                .getContextMenu().getItems().stream().filter(i -> "layer-attribute-table".equals(i.getId()))
                .findFirst().orElseThrow().fire());
        int shelters = store().loadByKind(ResourceKind.SHELTER).size();
        // docked below the map; an empty table fills a few rows per frame: wait for all of them
        var dock = session().tableDock();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.fx(() -> dock.shownTable()
                .map(t -> t.shownRows().size() == shelters && !t.busyProperty().get()).orElse(false)));
        var table = (javafx.scene.control.TableView<?>) window.fx(() -> dock.shownTable().orElseThrow()
                .lookup("#attribute-table"));
        assertThat(window.fx(() -> table.getItems().size())).isEqualTo(shelters);
        assertThat(window.fx(() -> table.getScene())).as("in the main window").isSameAs(window.stage.getScene());
        double mapBottom = window.fx(() -> {
            var map = window.app.window().mapView();
            return map.localToScene(map.getBoundsInLocal()).getMaxY();
        });
        double tableTop = window.fx(() -> table.localToScene(table.getBoundsInLocal()).getMinY());
        assertThat(tableTop).as("the table lies below the map, not over it").isGreaterThanOrEqualTo(mapBottom);
        snapshotScene(table.getScene(), "editing-attribute-table-zh");
        window.robot.clickOn("#table-dock-close");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.fx(() -> dock.isVisible())).isFalse();

        // export the selection (two kinds: one file each) as GeoJSON in EPSG:4547
        List<Resource> two = List.of(
                store().loadByKind(ResourceKind.SHELTER).get(0), store().loadByKind(ResourceKind.CAMERA).get(0));
        Path dir = java.nio.file.Files.createTempDirectory(Path.of("target"), "ui-export");
        window.fxRun(() -> {
            window.app.window().selection().select(two);
            session().openExport(Optional.empty());
        });
        WaitForAsyncUtils.waitForFxEvents();
        window.fxRun(() -> {
            ((TextField) window.robot.lookup("#export-file").query()).setText(dir.resolve("chosen.geojson").toString());
            ((javafx.scene.control.ComboBox<String>) window.robot.lookup("#export-crs").query()).setValue("epsg:4547");
        });
        snapshotScene(window.robot.lookup("#export-file").query().getScene(), "editing-export-zh");
        window.robot.clickOn("#export-run");
        Path cameras = dir.resolve("chosen-camera.geojson");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.fx(() ->
                ((Label) window.robot.lookup("#export-message").query()).getText().contains(cameras.toString())));
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(cameras.toFile());
        assertThat(json.get("features")).hasSize(1);
        assertThat(json.get("features").get(0).get("properties").get("id").asText())
                .isEqualTo(two.get(1).id().toString());
        double easting = json.get("features").get(0).get("geometry").get("coordinates").get(0).asDouble();
        assertThat(easting).as("metres in EPSG:4547, not degrees").isGreaterThan(300_000);
        assertThat(dir.resolve("chosen-shelter.geojson")).exists();
        window.fxRun(() -> {
            window.robot.lookup("#export-file").query().getScene().getWindow().hide();
            window.app.window().selection().clear();
        });
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void chooseLayerRow(ResourceKind kind) {
        javafx.scene.control.TreeView tree = window.robot.lookup("#layer-tree").query();
        tree.getSelectionModel().select(window.app.window().layerPanel().itemOf(kind.code()));
    }

    private static TextField awaitNode(String query) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.robot.lookup(query).tryQuery().isPresent());
        return window.robot.lookup(query).queryAs(TextField.class);
    }

    private static void snapshotScene(javafx.scene.Scene scene, String name) throws Exception {
        WritableImage img = window.fx(() -> scene.snapshot(null));
        java.nio.file.Files.createDirectories(RunningMapWindow.SNAPSHOTS);
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(img, null), "png",
                RunningMapWindow.SNAPSHOTS.resolve(name + ".png").toFile());
    }

    private static boolean onMap(UUID id) {
        ResourceLayer shelters = window.map().layers().resourceLayer(ResourceKind.SHELTER).orElseThrow();
        return shelters.index().features().stream().map(MapFeature::resource)
                .anyMatch(r -> r.isPresent() && r.get().id().equals(id));
    }

    private static int headcountOf(UUID id) {
        return store().find(id).orElseThrow().details(RescueTeam.class).headcount();
    }

    private static int differingPixels(WritableImage a, WritableImage b, int cx, int cy, int r) {
        PixelReader pa = a.getPixelReader();
        PixelReader pb = b.getPixelReader();
        int n = 0;
        for (int y = cy - r; y <= cy + r; y++) {
            for (int x = cx - r; x <= cx + r; x++) {
                if (pa.getArgb(x, y) != pb.getArgb(x, y)) {
                    n++;
                }
            }
        }
        return n;
    }
}
