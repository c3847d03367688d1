package cn.xuchang.ems.app.ui.importer;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The import wizard's strings ({@code cn/xuchang/ems/app/i18n/importer*.properties}). Immutable. */
final class ImportStrings {
    static final String BUNDLE = "cn.xuchang.ems.app.i18n.importer";

    private final ResourceBundle bundle;
    private final Locale locale;

    ImportStrings(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    Locale locale() {
        return locale;
    }

    String get(String key) {
        return bundle.getString(key);
    }

    String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
