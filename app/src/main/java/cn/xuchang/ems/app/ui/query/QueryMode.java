package cn.xuchang.ems.app.ui.query;

/** What the panel asks; each has a label "mode.<code>" in the query bundle. */
public enum QueryMode {
    /** k nearest resources of a kind from the incident. */
    NEAREST("nearest"),
    /** Cameras whose view sector holds the incident spot. */
    CAMERAS("cameras"),
    /** Everything within a radius of the incident. */
    ZONE("zone"),
    /** Coverage of a demand layer by facilities of a kind: the gaps. */
    COVERAGE("coverage");

    private final String code;

    QueryMode(String code) {
        this.code = code;
    }

    /** Stable lower-case code (bundle keys, CSV). */
    public String code() {
        return code;
    }
}
