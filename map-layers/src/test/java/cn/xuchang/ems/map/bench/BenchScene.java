package cn.xuchang.ems.map.bench;

import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.sample.XuchangBaseMap;
import cn.xuchang.ems.map.layer.LayerStack;
import cn.xuchang.ems.map.projection.Viewport;
import cn.xuchang.ems.map.style.StyleSet;
import cn.xuchang.ems.map.style.Theme;
import java.util.List;

/**
 * The benchmark scene: the bundled Xuchang base map plus {@value #POINTS} point resources spread like
 * real data (dense in town, sparse outside; see {@link TownSpread}).
 */
final class BenchScene {

    static final int POINTS = 100_000;
    static final int WIDTH = 1920;
    static final int HEIGHT = 1080;
    /** Street view: 1.5 m per pixel (about 1:5,700 at 96 dpi), 2.9 x 1.6 km of central 魏都区. */
    static final double STREET_MPP = 1.5;
    static final LonLat TOWN_CENTRE = new LonLat(113.826, 34.026);

    final XuchangBaseMap base = XuchangBaseMap.load();
    final List<Resource> resources;
    final LayerStack stack;
    final Viewport city;
    final Viewport street;

    BenchScene(long seed) {
        resources = TownSpread.resources(base, POINTS, seed);
        stack = LayerStack.standard(base.features(), resources, StyleSet.bundled(Theme.LIGHT));
        city = Viewport.fit(stack.homeExtent(), WIDTH, HEIGHT, 20);
        street = Viewport.centredOn(TOWN_CENTRE, STREET_MPP, WIDTH, HEIGHT);
    }
}
