package cn.xuchang.ems.data.domain;

import java.util.regex.Pattern;

/**
 * A stock of one kind of emergency supply, coded after GB/T 38565-2020 (7 digits; top classes
 * 1 living supplies, 2 equipment, 3 engineering materials and machinery, 99 other).
 */
public record SupplyStock(String code, String name, double quantity, String unit) {
    private static final Pattern CODE = Pattern.compile("\\d{1,7}");

    public SupplyStock {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("GB/T 38565 supply code must be 1-7 digits, got '" + code + "'");
        }
        if (!(quantity >= 0)) {
            throw new IllegalArgumentException("quantity of " + code + " must be >= 0, got " + quantity);
        }
        name = HazardSource.nullToEmpty(name);
        unit = HazardSource.nullToEmpty(unit);
    }

    /** True when this stock belongs to the class with the given code prefix (e.g. "1" or "201"). */
    public boolean inClass(String codePrefix) {
        return code.startsWith(codePrefix);
    }
}
