package cn.xuchang.ems.map.render;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Text the engine writes on the map (legend titles, state names, scale bar units, north arrow) from
 * the {@code cn.xuchang.ems.map.MapText} bundle: Chinese by default, English for an English locale.
 * Thread-safe.
 */
public final class MapText {

    private static final String BUNDLE = "cn.xuchang.ems.map.MapText";

    private final ResourceBundle bundle;

    private MapText(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** Text for {@code locale}; anything but English gets Chinese. */
    public static MapText of(Locale locale) {
        // No fallback to the JVM default locale: an English desktop must still get Chinese unless asked.
        Locale wanted = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
        return new MapText(ResourceBundle.getBundle(BUNDLE, wanted,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    /** Title of a layer (base layer code or resource kind code). */
    public String layerTitle(String layerId) {
        return get("layer." + layerId, layerId);
    }

    /** Name of a feature state of a layer, e.g. "在线". */
    public String stateTitle(String layerId, String state) {
        return get("state." + layerId + "." + state, get("state." + state, state));
    }

    /** Any text by key. */
    public String get(String key) {
        return get(key, key);
    }

    private String get(String key, String fallback) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }
}
