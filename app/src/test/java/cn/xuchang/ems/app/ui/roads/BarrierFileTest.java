package cn.xuchang.ems.app.ui.roads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xuchang.ems.data.crs.Geodesy;
import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.map.routing.Barriers;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/** Barriers from GeoJSON files and from the query zone; the road bundles agree. */
class BarrierFileTest {

    private static Path resource(String name) throws Exception {
        return Path.of(BarrierFileTest.class.getResource("/roads/" + name).toURI());
    }

    @Test
    void readsPolygonsAsHazardZonesAndLinesAsClosedRoads() throws Exception {
        Barriers b = BarrierFile.read(resource("barriers.geojson"));
        assertThat(b.zones()).hasSize(1);
        assertThat(b.closedRoads()).hasSize(1);
        assertThat(b.zones().get(0).getEnvelopeInternal().getMinX()).isEqualTo(7.4290);
    }

    @Test
    void refusesAFileThatIsNotGeoJsonNamingItAndTheFix() throws Exception {
        Path bad = resource("not-geojson.geojson");
        assertThatThrownBy(() -> BarrierFile.read(bad)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not-geojson.geojson").hasMessageContaining("polygons (hazard zones)");
    }

    @Test
    void aZoneCircleHasItsRadiusOnTheGround() {
        LonLat centre = new LonLat(7.43, 43.74);
        Polygon circle = BarrierFile.circle(centre, 250);
        assertThat(circle.isValid()).isTrue();
        for (Coordinate c : circle.getCoordinates()) {
            assertThat(Geodesy.distance(centre, new LonLat(c.x, c.y))).isCloseTo(250, org.assertj.core.api.Assertions.within(0.01));
        }
        Barriers both = BarrierFile.union(Barriers.zones(List.of(circle)), Barriers.NONE);
        assertThat(both.zones()).containsExactly(circle);
        assertThatThrownBy(() -> BarrierFile.circle(centre, 0)).hasMessageContaining("radius");
    }

    @Test
    void englishAndChineseRoadStringsHaveTheSameKeys() throws Exception {
        Properties zh = new Properties();
        Properties en = new Properties();
        try (var in = getClass().getResourceAsStream("/cn/xuchang/ems/app/i18n/roads.properties")) {
            zh.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        try (var in = getClass().getResourceAsStream("/cn/xuchang/ems/app/i18n/roads_en.properties")) {
            en.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(en.keySet()).isEqualTo(zh.keySet());
        assertThat(RoadStrings.forLocale(Locale.ENGLISH).getString("panel.title")).isEqualTo("Roads");
        assertThat(RoadStrings.forLocale(Locale.SIMPLIFIED_CHINESE).getString("panel.title")).isEqualTo("路网");
        assertThat(RoadStrings.turnsLocale(RoadStrings.forLocale(Locale.ENGLISH))).isEqualTo(Locale.ENGLISH);
        assertThat(RoadStrings.turnsLocale(RoadStrings.forLocale(Locale.SIMPLIFIED_CHINESE)))
                .isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }
}
