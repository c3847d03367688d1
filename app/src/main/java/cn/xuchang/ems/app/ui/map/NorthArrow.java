package cn.xuchang.ems.app.ui.map;

import cn.xuchang.ems.app.ui.i18n.Messages;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Polygon;

/**
 * North arrow. The map is drawn in EPSG:4547 with grid north up; at Xuchang grid north is within
 * 0.1° of true north (meridian convergence), so the arrow points straight up.
 */
public final class NorthArrow extends VBox {

    public NorthArrow(Messages messages) {
        getStyleClass().add("north-arrow");
        Label n = new Label(messages.get("map.north"));
        Polygon dark = new Polygon(0, 0, 0, 26, -8, 30);
        dark.getStyleClass().add("north-arrow-dark");
        Polygon light = new Polygon(0, 0, 8, 30, 0, 26);
        light.getStyleClass().add("north-arrow-light");
        javafx.scene.Group arrow = new javafx.scene.Group(light, dark);
        getChildren().addAll(n, arrow);
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        setMouseTransparent(true);
    }
}
