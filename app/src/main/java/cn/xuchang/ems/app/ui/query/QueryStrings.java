package cn.xuchang.ems.app.ui.query;

import java.util.Locale;
import java.util.ResourceBundle;

/** The query panel's resource bundle ({@code cn/xuchang/ems/app/i18n/query*.properties}). */
public final class QueryStrings {

    /** Bundle base name. */
    public static final String BUNDLE = "cn.xuchang.ems.app.i18n.query";

    private QueryStrings() {
    }

    /** The strings for {@code locale}; Simplified Chinese is the default. */
    public static ResourceBundle forLocale(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
