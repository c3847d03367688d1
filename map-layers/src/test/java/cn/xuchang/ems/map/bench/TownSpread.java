package cn.xuchang.ems.map.bench;

import cn.xuchang.ems.data.domain.County;
import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.sample.SampleGenerator;
import cn.xuchang.ems.data.sample.XuchangBaseMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Point resources spread like real data (seeded): 70 % around the six county seats (Gaussian,
 * σ 2.5 km, the central districts weighted most), 30 % anywhere inside the counties. Kinds and
 * attributes are copied from the sample generator's records, so every kind and state appears in its
 * real proportion. Shared by the render benchmarks and the app's UI responsiveness benchmark.
 */
public final class TownSpread {
    private static final double[] SEAT_WEIGHT = {0.30, 0.22, 0.10, 0.12, 0.14, 0.12};

    private TownSpread() {
    }

    /** {@code n} resources over {@code base}'s counties; ids are {@code UUID(seed, i)}, so a seed gives the same set. */
    public static List<Resource> resources(XuchangBaseMap base, int n, long seed) {
        List<Resource> templates = new SampleGenerator(SampleGenerator.DEFAULT_SEED, base).generate();
        Random r = new Random(seed);
        GeometryFactory gf = new GeometryFactory();
        County[] counties = County.values();
        List<PreparedGeometry> shapes = new ArrayList<>();
        List<Envelope> boxes = new ArrayList<>();
        List<Coordinate> seats = new ArrayList<>();
        for (County c : counties) {
            Geometry g = base.county(c).geometry();
            shapes.add(PreparedGeometryFactory.prepare(g));
            boxes.add(g.getEnvelopeInternal());
            LonLat lp = base.county(c).labelPoint();
            seats.add(new Coordinate(lp.lon(), lp.lat()));
        }
        List<Resource> out = new ArrayList<>(n);
        while (out.size() < n) {
            int ci = pick(r, SEAT_WEIGHT);
            double lon;
            double lat;
            if (r.nextDouble() < 0.7) {
                // 2.5 km is ~0.027 deg of longitude and ~0.0225 deg of latitude here.
                lon = seats.get(ci).x + r.nextGaussian() * 0.027;
                lat = seats.get(ci).y + r.nextGaussian() * 0.0225;
            } else {
                Envelope e = boxes.get(ci);
                lon = e.getMinX() + r.nextDouble() * e.getWidth();
                lat = e.getMinY() + r.nextDouble() * e.getHeight();
                if (!shapes.get(ci).contains(gf.createPoint(new Coordinate(lon, lat)))) {
                    continue;
                }
            }
            Resource t = templates.get(r.nextInt(templates.size()));
            out.add(new Resource(new UUID(seed, out.size()), t.kind(), t.name(), new LonLat(lon, lat),
                    gf.createPoint(new Coordinate(lon, lat)), counties[ci].code(), true, t.provenance(), t.details()));
        }
        return out;
    }

    private static int pick(Random r, double[] weights) {
        double x = r.nextDouble();
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
