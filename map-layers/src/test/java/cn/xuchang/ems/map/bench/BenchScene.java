package cn.xuchang.ems.map.bench;

import cn.xuchang.ems.data.domain.County;
import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.sample.SampleGenerator;
import cn.xuchang.ems.data.sample.XuchangBaseMap;
import cn.xuchang.ems.map.layer.LayerStack;
import cn.xuchang.ems.map.projection.Viewport;
import cn.xuchang.ems.map.style.StyleSet;
import cn.xuchang.ems.map.style.Theme;
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
 * The benchmark scene: the bundled Xuchang base map plus {@value #POINTS} point resources spread like
 * real data (seeded): 70 % around the six county seats (Gaussian, σ 2.5 km, the central districts
 * weighted most), 30 % anywhere inside the counties. Kinds and attributes are copied from the
 * sample generator's records, so every kind and state appears in its real proportion.
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
        resources = generate(seed);
        stack = LayerStack.standard(base.features(), resources, StyleSet.bundled(Theme.LIGHT));
        city = Viewport.fit(stack.homeExtent(), WIDTH, HEIGHT, 20);
        street = Viewport.centredOn(TOWN_CENTRE, STREET_MPP, WIDTH, HEIGHT);
    }

    private List<Resource> generate(long seed) {
        List<Resource> templates = new SampleGenerator(SampleGenerator.DEFAULT_SEED, base).generate();
        Random r = new Random(seed);
        GeometryFactory gf = new GeometryFactory();
        County[] counties = County.values();
        double[] seatWeight = {0.30, 0.22, 0.10, 0.12, 0.14, 0.12};
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
        List<Resource> out = new ArrayList<>(POINTS);
        while (out.size() < POINTS) {
            int ci = pick(r, seatWeight);
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
