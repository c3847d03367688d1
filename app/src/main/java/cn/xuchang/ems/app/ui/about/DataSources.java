package cn.xuchang.ems.app.ui.about;

import cn.xuchang.ems.app.ui.i18n.Messages;
import java.util.List;

/**
 * The attributions the app must show: where the bundled base map, fonts and test data come from,
 * under which licence, and that the resources are generated samples. Same facts as NOTICE.
 */
public final class DataSources {
    private static final List<String> KEYS = List.of(
            "about.counties", "about.places", "about.rivers", "about.font", "about.osm", "about.sample", "about.licence");

    private DataSources() {
    }

    /** One paragraph per source, in the UI language. */
    public static List<String> paragraphs(Messages messages) {
        return KEYS.stream().map(messages::get).toList();
    }
}
