package cn.xuchang.ems.map.analysis.camera;

import static cn.xuchang.ems.map.analysis.ResourceFixtures.camera;
import static cn.xuchang.ems.map.analysis.ResourceFixtures.randomMix;
import static cn.xuchang.ems.map.analysis.ResourceFixtures.randomPlace;
import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.ems.data.crs.Geodesy;
import cn.xuchang.ems.data.domain.Camera;
import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.map.analysis.DemandPoint;
import cn.xuchang.ems.map.analysis.ResultOrder;
import cn.xuchang.ems.map.index.ResourceIndex;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CameraVisibilityTest {

    private static boolean seesByDefinition(Resource cam, LonLat spot) {
        Camera c = cam.details(Camera.class);
        Geodesy.DistanceBearing db = Geodesy.inverse(cam.location(), spot);
        double off = Math.abs(((db.bearingDeg() - c.headingDeg()) % 360 + 540) % 360 - 180);
        return db.distanceM() <= c.rangeM() + CameraSector.RANGE_TOLERANCE_M
                && (c.fieldOfViewDeg() >= 360 || db.distanceM() == 0
                || off <= c.fieldOfViewDeg() / 2 + CameraSector.EDGE_TOLERANCE_DEG);
    }

    @Test
    void camerasSeeingASpotMatchSectorMembershipByBruteForce() {
        List<Resource> all = randomMix(21, 3000);
        List<Resource> cameras = all.stream().filter(r -> r.kind() == ResourceKind.CAMERA).toList();
        CameraVisibility visibility = new CameraVisibility(ResourceIndex.of(all));
        Random rnd = new Random(4);
        int seen = 0;
        for (int i = 0; i < 400; i++) {
            LonLat spot = i % 5 == 0 ? cameras.get(rnd.nextInt(cameras.size())).location() : randomPlace(rnd);
            boolean includeOffline = i % 2 == 0;
            List<Resource> expected = cameras.stream()
                    .filter(c -> includeOffline || c.details(Camera.class).online())
                    .filter(c -> seesByDefinition(c, spot))
                    .sorted((a, b) -> ResultOrder.compare(Geodesy.distance(a.location(), spot), a.id(),
                            Geodesy.distance(b.location(), spot), b.id()))
                    .toList();
            assertThat(visibility.camerasSeeing(spot, includeOffline)).extracting(CameraSight::camera)
                    .containsExactlyElementsOf(expected);
            seen += expected.size();
        }
        assertThat(seen).as("the random cameras see something").isGreaterThan(50);
    }

    @Test
    void sectorEdgesCountAsSeenAndJustOutsideDoesNot() {
        Resource cam = camera("gate", 113.85, 34.03, 90, 60, 200, true);
        LonLat onLeftEdge = Geodesy.destination(cam.location(), 60, 150);
        LonLat beyondLeftEdge = Geodesy.destination(cam.location(), 59.5, 150);
        LonLat atRange = Geodesy.destination(cam.location(), 90, 200);
        LonLat beyondRange = Geodesy.destination(cam.location(), 90, 200.5);
        assertThat(CameraSector.sight(cam, onLeftEdge)).isNotNull();
        assertThat(CameraSector.sight(cam, beyondLeftEdge)).isNull();
        assertThat(CameraSector.sight(cam, atRange)).isNotNull();
        assertThat(CameraSector.sight(cam, beyondRange)).isNull();
        assertThat(CameraSector.sight(cam, cam.location())).isNotNull();
    }

    @Test
    void headingAcrossNorthWrapsAround() {
        Resource cam = camera("north", 113.85, 34.03, 350, 40, 500, true);
        assertThat(CameraSector.sight(cam, Geodesy.destination(cam.location(), 5, 100))).isNotNull();
        assertThat(CameraSector.sight(cam, Geodesy.destination(cam.location(), 325, 100))).isNull();
    }

    @Test
    void blindSitesAreThoseNoCameraSees() {
        Resource cam = camera("c", 113.85, 34.03, 0, 90, 300, true);
        CameraVisibility v = new CameraVisibility(ResourceIndex.of(List.of(cam)));
        DemandPoint north = new DemandPoint("n", "north school", Geodesy.destination(cam.location(), 0, 100), 0);
        DemandPoint south = new DemandPoint("s", "south school", Geodesy.destination(cam.location(), 180, 100), 0);
        List<SiteWatch> watch = v.watch(List.of(north, south), false);
        assertThat(watch).extracting(SiteWatch::blind).containsExactly(false, true);
    }

    @Test
    void zoneWatchCountsSampledPointsSeenAndBlind() {
        // a dome camera of 300 m in the middle of a 1 km circle sees about (300/1000)^2 = 9 % of it
        Resource dome = camera("dome", 113.85, 34.03, 0, 360, 300, true);
        CameraVisibility v = new CameraVisibility(ResourceIndex.of(List.of(dome)));
        var watch = v.watch(new cn.xuchang.ems.map.analysis.zone.CircleZone(dome.location(), 1000), 25, 100_000, false);
        assertThat(watch.samples()).isBetween(4800, 5300); // pi * 1000^2 / 25^2 = 5027
        assertThat(watch.share()).isBetween(0.08, 0.10);
        assertThat(watch.blindPoints()).hasSize(watch.samples() - watch.seen())
                .allMatch(p -> Geodesy.distance(dome.location(), p) > 300 - 1e-6);
    }

    @Test
    void outlineStartsAtTheCameraAndClosesTheRing() {
        Resource cam = camera("c", 113.85, 34.03, 45, 90, 300, true);
        List<LonLat> ring = CameraSector.outline(cam, 9);
        assertThat(ring).hasSize(11);
        assertThat(ring.get(0)).isEqualTo(cam.location()).isEqualTo(ring.get(ring.size() - 1));
        assertThat(Geodesy.distance(cam.location(), ring.get(5))).isCloseTo(300, org.assertj.core.api.Assertions.within(1e-6));
    }
}
