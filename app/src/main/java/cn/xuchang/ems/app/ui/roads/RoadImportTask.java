package cn.xuchang.ems.app.ui.roads;

import cn.xuchang.ems.map.routing.RoadNetwork;
import cn.xuchang.ems.map.routing.RoadNetworkImporter;
import java.nio.file.Path;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;

/**
 * Imports an OpenStreetMap extract into the data folder's road network. The network in use is
 * closed first (the importer replaces its folder); whatever the outcome (done, failed, cancelled)
 * the network then on disk, new or previous, is opened and handed to {@code opened} on the FX
 * thread. Progress comes in phases; cancelling takes effect between phases.
 */
public final class RoadImportTask extends Task<Void> {
    private final Path roadsDir;
    private final Path osmFile;
    private final RoadNetwork inUse;
    private final ResourceBundle strings;
    private final Consumer<RoadNetwork> opened;
    /** Who owns the network in use: the worker once it starts, or the canceller before that. */
    private final AtomicBoolean claimed = new AtomicBoolean();

    /**
     * A task importing {@code osmFile} into {@code roadsDir}, replacing {@code inUse} (may be null);
     * {@code opened} receives the network afterwards (null when none can be opened).
     */
    public RoadImportTask(Path roadsDir, Path osmFile, RoadNetwork inUse, ResourceBundle strings,
                          Consumer<RoadNetwork> opened) {
        this.roadsDir = roadsDir;
        this.osmFile = osmFile;
        this.inUse = inUse;
        this.strings = strings;
        this.opened = opened;
    }

    /**
     * For a cancel before the worker started: true when the worker will now do nothing, so the
     * caller keeps the network in use (still open); false when the worker runs and reports as usual.
     */
    public boolean claimUnstarted() {
        return claimed.compareAndSet(false, true);
    }

    @Override
    protected Void call() {
        if (!claimed.compareAndSet(false, true)) {
            return null;
        }
        if (inUse != null) {
            inUse.close();
        }
        try {
            new RoadNetworkImporter(roadsDir).importFile(osmFile, (phase, fraction) -> {
                updateMessage(phaseText(phase));
                updateProgress(fraction, 1);
            }, this::isCancelled);
        } finally {
            RoadNetwork now = openQuietly();
            Platform.runLater(() -> opened.accept(now));
        }
        return null;
    }

    private RoadNetwork openQuietly() {
        try {
            return RoadNetwork.open(roadsDir).orElse(null);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private String phaseText(String phase) {
        String key = "phase." + phase.replace(' ', '_');
        return strings.containsKey(key) ? strings.getString(key) : phase;
    }
}
