package cn.xuchang.ems.data.io;

import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.data.store.DerbyResourceStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * Child process of {@link ImportCrashTest}: imports a CSV into a Derby store and reports each
 * stored batch on stdout ("store N"), so that the parent can kill it in the middle of the transaction.
 * Args: database folder, CSV file.
 */
public final class ImportCrashChild {
    private ImportCrashChild() {
    }

    public static void main(String[] args) throws Exception {
        try (DerbyResourceStore store = DerbyResourceStore.open(Path.of(args[0]))) {
            new ResourceImport(store, Optional.empty(), Clock.systemUTC()).run(
                    ImportRequest.of(Path.of(args[1]), ResourceKind.SCHOOL, "crash-test"),
                    (phase, done, total) -> {
                        if (phase.equals("store")) {
                            System.out.println("store " + done);
                            System.out.flush();
                            if (done >= 4096) {
                                // Stay in the transaction until the parent kills us.
                                sleep();
                            }
                        }
                    });
            System.out.println("finished");
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
