package cn.xuchang.ems.app.ui.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The UI strings of one language, read from {@code cn/xuchang/ems/app/i18n/messages*.properties}
 * (UTF-8). Chinese is the default language; {@code --lang en} selects English.
 *
 * <p>Immutable and thread-safe. A missing key is a programming error and shows as {@code !key!}
 * so it is visible on screen instead of crashing the window.
 */
public final class Messages {
    /** Base name of the bundle family. */
    public static final String BUNDLE = "cn.xuchang.ems.app.i18n.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** Messages for a language tag as given on the command line ({@code zh}, {@code zh-CN}, {@code en}). */
    public static Messages forLanguage(String language) {
        return forLocale(localeOf(language));
    }

    /** Messages for {@code locale}; never falls back to the JVM's default locale. */
    public static Messages forLocale(Locale locale) {
        ResourceBundle b = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Messages(b, locale);
    }

    /**
     * The UI locale for a {@code --lang} value.
     *
     * @throws IllegalArgumentException for a language the UI is not translated into
     */
    public static Locale localeOf(String language) {
        String tag = language == null ? "zh" : language.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        if (tag.equals("zh") || tag.equals("zh-cn") || tag.equals("zh-hans")) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        if (tag.equals("en") || tag.startsWith("en-")) {
            return Locale.ENGLISH;
        }
        throw new IllegalArgumentException("unsupported language '" + language + "'; use zh or en");
    }

    /** The locale these messages are for. */
    public Locale locale() {
        return locale;
    }

    /** True for the English UI. */
    public boolean english() {
        return locale.getLanguage().equals("en");
    }

    /** The text for {@code key}; with arguments it is a {@link MessageFormat} pattern. */
    public String get(String key, Object... args) {
        Objects.requireNonNull(key, "key");
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** Whether {@code key} has a text. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The text for {@code key}, or {@code fallback} when there is none. */
    public String getOr(String key, String fallback) {
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }
}
