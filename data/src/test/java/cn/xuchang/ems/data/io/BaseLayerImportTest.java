package cn.xuchang.ems.data.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import cn.xuchang.ems.data.domain.BaseFeature;
import cn.xuchang.ems.data.domain.BaseLayer;
import cn.xuchang.ems.data.sample.XuchangBaseMap;
import cn.xuchang.ems.data.store.InMemoryResourceStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

class BaseLayerImportTest {
    private InMemoryResourceStore store;
    private int sampleBaseFeatures;

    @BeforeEach
    void sampleBaseMap() {
        store = new InMemoryResourceStore();
        List<BaseFeature> sample = XuchangBaseMap.load().features();
        store.replaceBaseFeatures(sample);
        sampleBaseFeatures = sample.size();
    }

    private static Path fixture(String name) throws Exception {
        return Path.of(BaseLayerImportTest.class.getResource("/io/baselayer/" + name).toURI());
    }

    private BaseLayerImport.Result importInto(BaseLayer layer, String file) throws Exception {
        return BaseLayerImport.run(store, fixture(file), layer, Optional.empty(), Optional.empty(),
                ReadOptions.defaults(), "clerk", false);
    }

    private List<BaseFeature> layer(BaseLayer layer) {
        return store.loadBaseFeatures().stream().filter(f -> f.layer() == layer).toList();
    }

    @Test
    void importsGaussKrugerRoadsFromAShapefileIntoLonLat() throws Exception {
        BaseLayerImport.Result r = importInto(BaseLayer.ROAD, "roads_4547.shp");
        assertThat(r.features()).isEqualTo(2);
        assertThat(r.sourceCrs()).isEqualTo("EPSG:4547");
        List<BaseFeature> roads = layer(BaseLayer.ROAD);
        assertThat(roads).extracting(BaseFeature::name).containsExactlyInAnyOrder("许由路", "八一路");
        BaseFeature xuyou = roads.stream().filter(f -> f.name().equals("许由路")).findFirst().orElseThrow();
        Coordinate first = xuyou.geometry().getCoordinates()[0];
        assertThat(first.x).isCloseTo(113.800, within(1e-7));
        assertThat(first.y).isCloseTo(34.030, within(1e-7));
        assertThat(xuyou.code()).isEqualTo("R1");
        assertThat(xuyou.provenance().source()).isEqualTo("roads_4547.shp");
        assertThat(xuyou.provenance().sourceCrs()).isEqualTo("EPSG:4547");
        assertThat(xuyou.provenance().createdBy()).isEqualTo("clerk");
        assertThat(store.loadBaseFeatures()).hasSize(sampleBaseFeatures + 2);
    }

    @Test
    void reimportReplacesOnlyThatLayer() throws Exception {
        importInto(BaseLayer.ROAD, "roads_4547.shp");
        importInto(BaseLayer.ROAD, "roads.geojson");
        assertThat(layer(BaseLayer.ROAD)).hasSize(2).allSatisfy(f -> assertThat(f.provenance().source()).isEqualTo("roads.geojson"));
        assertThat(layer(BaseLayer.COUNTY)).hasSize(6);
        assertThat(store.loadBaseFeatures()).hasSize(sampleBaseFeatures + 2);
    }

    @Test
    void repairsASelfIntersectingLakeAndSaysSo() throws Exception {
        BaseLayerImport.Result r = importInto(BaseLayer.WATER, "water.geojson");
        assertThat(r.features()).isEqualTo(2);
        assertThat(r.notes()).anyMatch(n -> n.contains("feature 2") && n.contains("repaired"));
        assertThat(layer(BaseLayer.WATER)).extracting(BaseFeature::name).contains("芙蓉湖");
        assertThat(layer(BaseLayer.WATER)).allSatisfy(f -> assertThat(f.geometry().isValid()).isTrue());
    }

    @Test
    void refusesLinesForAPolygonLayerAndStoresNothing() throws Exception {
        List<BaseFeature> before = store.loadBaseFeatures();
        assertThatThrownBy(() -> importInto(BaseLayer.WATER, "roads.geojson"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("roads.geojson")
                .hasMessageContaining("feature 1")
                .hasMessageContaining("takes polygons")
                .hasMessageContaining("nothing was imported");
        assertThat(store.loadBaseFeatures()).isEqualTo(before);
    }

    @Test
    void dryRunChecksWithoutStoring() throws Exception {
        BaseLayerImport.Result r = BaseLayerImport.run(store, fixture("roads.geojson"), BaseLayer.ROAD, Optional.empty(),
                Optional.of("code"), ReadOptions.defaults(), "clerk", true);
        assertThat(r.features()).isEqualTo(2);
        assertThat(layer(BaseLayer.ROAD)).isEmpty();
    }

    @Test
    void namesAMissingNameColumnWithTheColumnsThereAre() {
        assertThatThrownBy(() -> BaseLayerImport.run(store, fixture("roads.geojson"), BaseLayer.ROAD, Optional.empty(),
                Optional.of("路名"), ReadOptions.defaults(), "clerk", false))
                .hasMessageContaining("no column '路名'").hasMessageContaining("name");
    }
}
