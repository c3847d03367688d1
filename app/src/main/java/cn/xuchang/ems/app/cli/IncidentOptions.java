package cn.xuchang.ems.app.cli;

import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.map.search.CoordinateParser;
import cn.xuchang.ems.map.search.NameMatch;
import cn.xuchang.ems.map.search.NameSearch;
import java.util.List;
import picocli.CommandLine.Option;

/** Where the incident is: {@code --lon X --lat Y}, or {@code --at TEXT} (coordinates in any accepted form, or a name). */
public final class IncidentOptions {

    @Option(names = "--lon", paramLabel = "X", description = "incident longitude, CGCS2000 degrees")
    Double lon;

    @Option(names = "--lat", paramLabel = "Y", description = "incident latitude, CGCS2000 degrees")
    Double lat;

    @Option(names = "--at", paramLabel = "TEXT",
            description = "incident as text: '113.85,34.03' (lon first), DMS ('34°01'48\"N 113°51'E'), EPSG:4547 metres"
                    + " in either order, or a place/resource name (pinyin initials work: xc -> 许昌)")
    String at;

    /** True when some location option was given. */
    boolean given() {
        return at != null || lon != null || lat != null;
    }

    /** The incident location; names are looked up in {@code data}. */
    LonLat resolve(AnalysisData data) {
        if (at != null) {
            if (lon != null || lat != null) {
                throw new IllegalArgumentException("give either --at or --lon/--lat, not both");
            }
            return CoordinateParser.parse(at).orElseGet(() -> byName(data));
        }
        if (lon == null || lat == null) {
            throw new IllegalArgumentException("missing incident location: give --lon X --lat Y (degrees) or --at TEXT");
        }
        return new LonLat(lon, lat);
    }

    private LonLat byName(AnalysisData data) {
        List<NameMatch> found = NameSearch.of(data.resources(), data.baseFeatures()).find(at, 1);
        if (found.isEmpty()) {
            throw new IllegalArgumentException("no place or resource is named like '" + at
                    + "'; give coordinates (--lon/--lat) or another name");
        }
        return found.get(0).location();
    }
}
