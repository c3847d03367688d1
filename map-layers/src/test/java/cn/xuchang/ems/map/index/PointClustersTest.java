package cn.xuchang.ems.map.index;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.ems.map.layer.MapFeature;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

class PointClustersTest {

    private static final GeometryFactory GF = new GeometryFactory();

    static MapFeature point(double x, double y) {
        return new MapFeature(UUID.randomUUID(), "camera", "", "", "", 0, GF.createPoint(new Coordinate(x, y)), x, y, null);
    }

    @Test
    void pointsInOneCellBecomeOneClusterAtTheirMean() {
        List<MapFeature> fs = List.of(point(10, 10), point(30, 50), point(20, 30), point(150, 10));
        PointClusters pc = new PointClusters(fs, 100);
        assertThat(pc.size()).isEqualTo(2);
        List<PointClusters.Cluster> found = new ArrayList<>();
        pc.query(new Envelope(0, 99, 0, 99), found::add);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).size()).isEqualTo(3);
        assertThat(found.get(0).x()).isEqualTo(20);
        assertThat(found.get(0).y()).isEqualTo(30);
    }

    @Test
    void everyPointBelongsToExactlyOneCluster() {
        Random r = new Random(3);
        List<MapFeature> fs = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            fs.add(point(480_000 + r.nextGaussian() * 3000, 3_766_000 + r.nextGaussian() * 3000));
        }
        PointClusters pc = new PointClusters(fs, 640);
        int[] total = {0};
        pc.query(new Envelope(400_000, 560_000, 3_700_000, 3_830_000), c -> total[0] += c.size());
        assertThat(total[0]).isEqualTo(5000);
        assertThat(pc.size()).isLessThan(5000 / 4);
    }

    @Test
    void queryIsLocalAndIndependentOfTheViewOrigin() {
        List<MapFeature> fs = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            fs.add(point(i * 10 + 1, 5));
        }
        PointClusters pc = new PointClusters(fs, 100);
        List<Double> a = new ArrayList<>();
        pc.query(new Envelope(0, 1000, 0, 100), c -> a.add(c.x()));
        List<Double> b = new ArrayList<>();
        pc.query(new Envelope(-37, 999, -5, 90), c -> b.add(c.x()));
        assertThat(a).hasSize(10).containsExactlyInAnyOrderElementsOf(b);
    }
}
