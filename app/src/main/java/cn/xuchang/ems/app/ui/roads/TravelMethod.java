package cn.xuchang.ems.app.ui.roads;

/** How "nearest" is measured; each has a label "method.&lt;code&gt;" in the roads bundle. */
public enum TravelMethod {
    /** Geodesic distance and a straight-line speed estimate. */
    STRAIGHT_LINE("straight"),
    /** Turnout plus driving time on the imported road network. */
    TRAVEL_TIME("time");

    private final String code;

    TravelMethod(String code) {
        this.code = code;
    }

    /** Stable lower-case code (bundle keys). */
    public String code() {
        return code;
    }
}
