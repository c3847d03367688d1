package cn.xuchang.ems.app.ui.map;

import cn.xuchang.ems.app.ui.i18n.Messages;
import cn.xuchang.ems.map.projection.Viewport;
import java.text.NumberFormat;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A scale bar in metres of EPSG:4547 (at Xuchang the Gauss-Krüger scale factor differs from 1 by
 * less than 0.01 %, far below what a bar can show). Its length is a round 1, 2 or 5 × 10ⁿ metres
 * that fits the target width. FX thread only.
 */
public final class ScaleBar extends VBox {
    /** The bar is at most this long, logical pixels. */
    static final double MAX_BAR_PX = 140;

    private final Messages messages;
    private final Region left = new Region();
    private final Region right = new Region();
    private final Label text = new Label();

    public ScaleBar(Messages messages, ObservableValue<Viewport> viewport) {
        this.messages = messages;
        getStyleClass().add("scale-bar");
        setId("scale-bar");
        left.getStyleClass().add("scale-bar-dark");
        right.getStyleClass().add("scale-bar-light");
        text.setId("scale-bar-text");
        getChildren().addAll(text, new HBox(left, right));
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        setMouseTransparent(true);
        viewport.addListener((obs, old, v) -> update(v));
        update(viewport.getValue());
    }

    /** The longest round length (1, 2, 5 × 10ⁿ metres) not longer than {@code maxMetres}. */
    static double roundLength(double maxMetres) {
        double p = Math.pow(10, Math.floor(Math.log10(maxMetres)));
        for (double m : new double[] {5, 2, 1}) {
            if (m * p <= maxMetres) {
                return m * p;
            }
        }
        return p;
    }

    private void update(Viewport v) {
        setVisible(v != null);
        if (v == null) {
            return;
        }
        double metres = roundLength(MAX_BAR_PX * v.metresPerPixel());
        double px = metres / v.metresPerPixel();
        for (Region r : new Region[] {left, right}) {
            r.setPrefSize(px / 2, 6);
            r.setMinSize(px / 2, 6);
        }
        NumberFormat nf = NumberFormat.getNumberInstance(messages.locale());
        text.setText(metres >= 1000
                ? messages.get("scale.km", nf.format(metres / 1000))
                : messages.get("scale.m", nf.format(metres)));
    }
}
