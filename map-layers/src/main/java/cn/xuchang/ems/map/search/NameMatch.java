package cn.xuchang.ems.map.search;

import cn.xuchang.ems.data.domain.LonLat;

/**
 * A named thing found by {@link NameSearch}.
 *
 * @param id       resource or base-feature id
 * @param name     its name
 * @param layer    resource kind code or base layer code (e.g. "shelter", "place", "county")
 * @param location where to put the incident
 * @param score    higher is better: exact name 100, name prefix 90, inside the name 80,
 *                 pinyin for the whole name 75, pinyin from the first character 70, pinyin inside 60
 */
public record NameMatch(String id, String name, String layer, LonLat location, int score) {
}
