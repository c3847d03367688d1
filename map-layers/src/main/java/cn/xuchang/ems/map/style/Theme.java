package cn.xuchang.ems.map.style;

import java.util.Locale;

/** Base map colour scheme. Resource symbols are shared: they must read on both. */
public enum Theme {
    LIGHT, DARK;

    /** Resource folder name. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
