package cn.xuchang.ems.app.ui.editing;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The strings of the editing, import and export actions ({@code editing.properties}). Immutable. */
public final class EditStrings {
    private final ResourceBundle bundle;
    private final Locale locale;

    /** Strings in {@code locale} (Chinese unless English is asked for). */
    public EditStrings(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("cn.xuchang.ems.app.i18n.editing", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The locale the strings are in. */
    public Locale locale() {
        return locale;
    }

    /** The text of {@code key}, formatted with {@code args} when there are any. */
    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
