package cn.xuchang.ems.data.domain;

/**
 * Layers of the base map under the resources. The bundled sample fills counties, places and rivers;
 * the office's own boundaries, roads and water bodies come in through the base-layer import.
 */
public enum BaseLayer {
    COUNTY("county"), PLACE("place"), RIVER("river"), ROAD("road"), WATER("water");

    private final String code;

    BaseLayer(String code) {
        this.code = code;
    }

    /** Stable lower-case id used in storage. */
    public String code() {
        return code;
    }

    /** The layer with this code. */
    public static BaseLayer fromCode(String code) {
        for (BaseLayer l : values()) {
            if (l.code.equals(code)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown base layer '" + code + "'");
    }
}
