package cn.xuchang.ems.app.ui.roads;

import java.util.Locale;
import java.util.ResourceBundle;

/** The road-network UI's resource bundle ({@code cn/xuchang/ems/app/i18n/roads*.properties}). */
public final class RoadStrings {

    /** Bundle base name. */
    public static final String BUNDLE = "cn.xuchang.ems.app.i18n.roads";

    private RoadStrings() {
    }

    /** The language of turn instructions for UI strings {@code strings}: English or Simplified Chinese. */
    public static Locale turnsLocale(ResourceBundle strings) {
        return "en".equals(strings.getLocale().getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    /** The strings for {@code locale}; Simplified Chinese is the default. */
    public static ResourceBundle forLocale(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
