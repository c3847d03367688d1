package cn.xuchang.ems.map.analysis;

import java.util.UUID;

/** The one tie-break rule of all analyses: equal distances are ordered by id in its canonical text form. */
public final class ResultOrder {

    private ResultOrder() {
    }

    /** Compares by distance, then by the ids' text. */
    public static int compare(double distanceA, UUID idA, double distanceB, UUID idB) {
        int c = Double.compare(distanceA, distanceB);
        return c != 0 ? c : idA.toString().compareTo(idB.toString());
    }
}
