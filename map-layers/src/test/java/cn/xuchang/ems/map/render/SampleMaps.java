package cn.xuchang.ems.map.render;

import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.sample.SampleGenerator;
import cn.xuchang.ems.data.sample.XuchangBaseMap;
import cn.xuchang.ems.map.layer.LayerStack;
import cn.xuchang.ems.map.style.StyleSet;
import cn.xuchang.ems.map.style.Theme;
import java.util.List;

/** The bundled Xuchang base map and the seeded sample resources, loaded once per test JVM. */
final class SampleMaps {

    static final XuchangBaseMap BASE = XuchangBaseMap.load();
    static final List<Resource> RESOURCES = new SampleGenerator(SampleGenerator.DEFAULT_SEED, BASE).generate();

    private SampleMaps() {
    }

    static LayerStack standard() {
        return LayerStack.standard(BASE.features(), RESOURCES, StyleSet.bundled(Theme.LIGHT));
    }
}
