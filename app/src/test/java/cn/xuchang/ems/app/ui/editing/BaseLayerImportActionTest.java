package cn.xuchang.ems.app.ui.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xuchang.ems.data.domain.BaseFeature;
import cn.xuchang.ems.data.domain.BaseLayer;
import cn.xuchang.ems.data.sample.XuchangBaseMap;
import cn.xuchang.ems.data.store.InMemoryResourceStore;
import cn.xuchang.ems.map.layer.LayerStack;
import cn.xuchang.ems.map.style.StyleSet;
import cn.xuchang.ems.map.style.Theme;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class BaseLayerImportActionTest {

    private static Path roads() throws Exception {
        return Path.of(BaseLayerImportActionTest.class.getResource("/io/baselayer/roads_4547.shp").toURI());
    }

    @Test
    void importedRoadsReachTheMapsRoadLayer() throws Exception {
        InMemoryResourceStore store = new InMemoryResourceStore();
        List<BaseFeature> base = XuchangBaseMap.load().features();
        store.replaceBaseFeatures(base);
        LayerStack layers = LayerStack.standard(base, List.of(), StyleSet.bundled(Theme.LIGHT));
        assertThat(layers.baseLayer(BaseLayer.ROAD).orElseThrow().index().features()).isEmpty();

        List<BaseFeature> roads = BaseLayerImportAction.importLayer(store, roads(), BaseLayer.ROAD, "clerk");
        BaseLayerImportAction.show(layers, BaseLayer.ROAD, roads);

        assertThat(roads).extracting(BaseFeature::name).containsExactlyInAnyOrder("许由路", "八一路");
        assertThat(layers.baseLayer(BaseLayer.ROAD).orElseThrow().index().features()).hasSize(2);
        assertThat(layers.baseLayer(BaseLayer.COUNTY).orElseThrow().index().features()).hasSize(6);
    }

    @Test
    void aRefusedFileLeavesStoreAndMapAsTheyWere() throws Exception {
        InMemoryResourceStore store = new InMemoryResourceStore();
        List<BaseFeature> base = XuchangBaseMap.load().features();
        store.replaceBaseFeatures(base);
        assertThatThrownBy(() -> BaseLayerImportAction.importLayer(store, roads(), BaseLayer.WATER, "clerk"))
                .hasMessageContaining("takes polygons");
        assertThat(store.loadBaseFeatures()).isEqualTo(base);
    }
}
