package cn.xuchang.ems.app.ui.status;

import cn.xuchang.ems.app.ui.i18n.Messages;
import cn.xuchang.ems.data.domain.LonLat;
import java.text.NumberFormat;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The bottom bar: cursor position in lon/lat (decimal and DMS) and EPSG:4547 metres, map scale,
 * render time and a message. FX thread only.
 */
public final class StatusBar extends HBox {
    private final Messages messages;
    private final Label lonLat = value("status-lonlat");
    private final Label dms = value("status-dms");
    private final Label gk = value("status-gk");
    private final Label scale = value("status-scale");
    private final Label render = value("status-render");
    private final Label message = value("status-message");

    public StatusBar(Messages messages) {
        this.messages = messages;
        getStyleClass().add("status-bar");
        setId("status-bar");
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        getChildren().addAll(
                key(messages.get("status.lonlat")), lonLat,
                key(messages.get("status.dms")), dms,
                key(messages.get("status.gk")), gk,
                spring, scale, render, message);
        // the message gives way (ellipsis) when the bar is full: a long message must never widen
        // the window's layout, which would push the map under the side panels
        message.setMinWidth(0);
        HBox.setHgrow(message, Priority.SOMETIMES);
        spring.setMinWidth(0);
        lonLat.getStyleClass().add("status-coord");
        gk.getStyleClass().add("status-coord");
        clearCursor();
    }

    /** Shows the position under the cursor. */
    public void showCursor(LonLat p, double easting, double northing) {
        lonLat.setText(CoordinateText.decimal(p));
        dms.setText(CoordinateText.dms(p));
        gk.setText(CoordinateText.gaussKruger(easting, northing));
    }

    /** The cursor left the map. */
    public void clearCursor() {
        String none = messages.get("status.outside");
        lonLat.setText(none);
        dms.setText(none);
        gk.setText(none);
    }

    /** Shows the map scale 1:n. */
    public void showScale(double denominator) {
        NumberFormat nf = NumberFormat.getIntegerInstance(messages.locale());
        scale.setText(messages.get("status.scale", nf.format(Math.round(denominator))));
    }

    /** Shows how long the last frame took to draw. */
    public void showRenderTime(long millis) {
        render.setText(messages.get("status.render", millis));
    }

    /** Shows a short message (loading progress, ready, errors). */
    public void showMessage(String text) {
        message.setText(text);
    }

    private static Label key(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("status-key");
        return l;
    }

    private static Label value(String id) {
        Label l = new Label();
        l.setId(id);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }
}
