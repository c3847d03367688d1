package cn.xuchang.ems.data.sample;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.ems.data.domain.BaseLayer;
import cn.xuchang.ems.data.domain.Camera;
import cn.xuchang.ems.data.domain.County;
import cn.xuchang.ems.data.domain.Enterprise;
import cn.xuchang.ems.data.domain.Ownership;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.data.store.GeometryCodec;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

class SampleGeneratorTest {
    private static XuchangBaseMap baseMap;
    private static List<Resource> sample;

    @BeforeAll
    static void generate() {
        baseMap = XuchangBaseMap.load();
        sample = new SampleGenerator(SampleGenerator.DEFAULT_SEED, baseMap).generate();
    }

    @Test
    void hasTheWorkPlanFigures() {
        Map<ResourceKind, Long> byKind = sample.stream().collect(Collectors.groupingBy(Resource::kind, Collectors.counting()));
        assertThat(byKind.get(ResourceKind.CAMERA)).isEqualTo(105);
        assertThat(byKind.get(ResourceKind.ENTERPRISE)).isEqualTo(221);
        assertThat(byKind.get(ResourceKind.SCHOOL)).isEqualTo(785);
        assertThat(byKind.get(ResourceKind.KINDERGARTEN)).isEqualTo(141);
        long state = sample.stream().filter(r -> r.details() instanceof Enterprise e
                && e.ownership() == Ownership.STATE_CONTROLLED).count();
        assertThat(state).isEqualTo(22);
        for (ResourceKind k : List.of(ResourceKind.HAZARD_SOURCE, ResourceKind.SHELTER, ResourceKind.RESCUE_TEAM,
                ResourceKind.SUPPLY_DEPOT, ResourceKind.RESCUE_BASE)) {
            assertThat(byKind.get(k)).as(k.code()).isBetween(5L, 99L);
        }
    }

    @Test
    void everyPointLiesInsideItsCounty() {
        for (Resource r : sample) {
            County county = County.fromCode(r.countyCode()).orElseThrow();
            Geometry polygon = baseMap.county(county).geometry();
            assertThat(polygon.contains(GeometryCodec.FACTORY.createPoint(
                    new Coordinate(r.location().lon(), r.location().lat()))))
                    .as("%s %s in %s", r.kind().code(), r.name(), county.nameZh()).isTrue();
        }
    }

    @Test
    void camerasConcentrateInTheCentralUrbanArea() {
        long central = sample.stream().filter(r -> r.kind() == ResourceKind.CAMERA)
                .filter(r -> r.countyCode().equals(County.WEIDU.code()) || r.countyCode().equals(County.JIAN_AN.code()))
                .count();
        assertThat(central).isGreaterThanOrEqualTo(80);
        assertThat(sample.stream().filter(r -> r.details() instanceof Camera).map(r -> r.details(Camera.class).cameraCode())
                .distinct().count()).isEqualTo(105);
    }

    @Test
    void isDeterministicAndClearlyMarked() {
        List<Resource> again = new SampleGenerator(SampleGenerator.DEFAULT_SEED, baseMap).generate();
        assertThat(again).isEqualTo(sample);
        assertThat(sample).allSatisfy(r -> {
            assertThat(r.sample()).isTrue();
            assertThat(r.name()).startsWith(SampleGenerator.NAME_PREFIX);
            assertThat(r.provenance().source()).isEqualTo(SampleGenerator.SOURCE);
        });
        assertThat(sample.stream().map(Resource::id).distinct().count()).isEqualTo(sample.size());
        List<Resource> other = new SampleGenerator(7, baseMap).generate();
        assertThat(other.get(0).location()).isNotEqualTo(sample.get(0).location());
    }

    @Test
    void baseMapCountiesAreShiftedOutOfGcj02() {
        // The shipped file is GCJ-02: about +0.0059 deg lon off. The converted Weidu label point must lie west of it.
        var weidu = baseMap.county(County.WEIDU);
        assertThat(weidu.labelPoint().lon()).isLessThan(113.822647 - 0.004);
        assertThat(baseMap.layer(BaseLayer.COUNTY)).hasSize(6);
        assertThat(baseMap.layer(BaseLayer.COUNTY)).allSatisfy(f -> assertThat(f.geometry().isValid()).isTrue());
        assertThat(baseMap.layer(BaseLayer.PLACE)).hasSizeGreaterThan(20);
        assertThat(baseMap.layer(BaseLayer.RIVER)).isNotEmpty();
    }

    @Test
    void countiesStayValidPolygonsInGaussKrugerMetres() {
        for (var county : baseMap.layer(BaseLayer.COUNTY)) {
            Geometry projected = cn.xuchang.ems.data.crs.GaussKruger.CM_114E.forward(county.geometry(),
                    new org.locationtech.jts.geom.GeometryFactory());
            assertThat(projected.isValid()).as("%s in EPSG:4547: %s", county.name(),
                    new org.locationtech.jts.operation.valid.IsValidOp(projected).getValidationError()).isTrue();
        }
    }
}
