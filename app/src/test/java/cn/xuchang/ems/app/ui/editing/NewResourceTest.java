package cn.xuchang.ems.app.ui.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.xuchang.ems.data.domain.BaseFeature;
import cn.xuchang.ems.data.domain.BaseLayer;
import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.data.domain.Provenance;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.data.domain.Shelter;
import cn.xuchang.ems.data.domain.ShelterClass;
import cn.xuchang.ems.data.store.GeometryCodec;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

class NewResourceTest {
    private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");
    /** A square "county" 113.8–113.9 E, 34.0–34.1 N. */
    private static final List<BaseFeature> COUNTIES = List.of(county("411002", 113.8, 34.0, 113.9, 34.1));

    private static BaseFeature county(String code, double w, double s, double e, double n) {
        Polygon square = GeometryCodec.FACTORY.createPolygon(new Coordinate[] {new Coordinate(w, s),
                new Coordinate(e, s), new Coordinate(e, n), new Coordinate(w, n), new Coordinate(w, s)});
        return new BaseFeature(UUID.randomUUID(), BaseLayer.COUNTY, code, "魏都区", square,
                new LonLat((w + e) / 2, (s + n) / 2), 0, Provenance.created("test", NOW, "test", "EPSG:4490"));
    }

    @Test
    void placedResourceIsManualNotSampleInItsCountyWithDefaultAttributes() {
        Resource r = NewResource.of(ResourceKind.SHELTER, "  临时避难点 ", new LonLat(113.85, 34.05), COUNTIES, "clerk", NOW);

        assertThat(r.name()).isEqualTo("临时避难点");
        assertThat(r.sample()).isFalse();
        assertThat(r.countyCode()).isEqualTo("411002");
        assertThat(r.provenance()).isEqualTo(Provenance.created("clerk", NOW, "manual", "EPSG:4490"));
        Shelter s = r.details(Shelter.class);
        assertThat(s.shelterClass()).isEqualTo(ShelterClass.values()[0]);
        assertThat(s.capacity()).isZero();
        assertThat(s.open()).as("the binder's default for shelters").isTrue();
        assertThat(r.geometry().getCoordinate().x).isEqualTo(113.85);
    }

    @Test
    void everyKindCanBePlaced() {
        for (ResourceKind kind : ResourceKind.values()) {
            assertThat(NewResource.of(kind, "x", new LonLat(113.85, 34.05), COUNTIES, "clerk", NOW).kind()).isEqualTo(kind);
        }
    }

    @Test
    void outsideEveryCountyTheCountyIsEmpty() {
        assertThat(NewResource.of(ResourceKind.CAMERA, "x", new LonLat(113.5, 34.05), COUNTIES, "u", NOW).countyCode())
                .isEmpty();
    }

    @Test
    void movingCarriesTheGeometryAndStampsTheUpdateButKeepsTheCreation() {
        Resource r = NewResource.of(ResourceKind.SHELTER, "点", new LonLat(113.85, 34.05), COUNTIES, "a", NOW);
        Instant later = NOW.plusSeconds(60);
        Resource moved = NewResource.moved(r, new LonLat(113.5, 34.2), COUNTIES, "b", later);

        assertThat(moved.id()).isEqualTo(r.id());
        assertThat(moved.location()).isEqualTo(new LonLat(113.5, 34.2));
        assertThat(moved.geometry().getCoordinate().x).isCloseTo(113.5, within(1e-12));
        assertThat(moved.geometry().getCoordinate().y).isCloseTo(34.2, within(1e-12));
        assertThat(moved.countyCode()).as("no county there: the old one stays").isEqualTo("411002");
        assertThat(moved.provenance().createdBy()).isEqualTo("a");
        assertThat(moved.provenance().updatedBy()).isEqualTo("b");
        assertThat(moved.provenance().updatedAt()).isEqualTo(later);
        assertThat(moved.details()).isEqualTo(r.details());
    }
}
