package cn.xuchang.ems.map.search;

import cn.xuchang.ems.data.domain.BaseFeature;
import cn.xuchang.ems.data.domain.BaseLayer;
import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.data.domain.Resource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Finds places and resources by name: by the characters themselves, by pinyin ("xuchang" → 许昌),
 * by pinyin initials ("xc" → 许昌) or a mix ("xuc"); each character may be typed as its full syllable or
 * its first letter, and every reading of a polyphonic character counts (长 is chang or zhang). Pinyin
 * comes from pinyin4j, computed once per name when the search is built. Immutable, thread-safe.
 */
public final class NameSearch {

    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

    static {
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    private record Entry(String id, String name, String layer, LonLat location, String[][] syllables, int layerRank,
                         long population) {
    }

    private final List<Entry> entries;

    private NameSearch(List<Entry> entries) {
        this.entries = entries;
    }

    /** A search over resource names and base-map feature names (counties, places, rivers). */
    public static NameSearch of(List<Resource> resources, List<BaseFeature> baseFeatures) {
        List<Entry> entries = new ArrayList<>();
        Map<Character, String[]> readings = new HashMap<>();
        for (BaseFeature f : baseFeatures) {
            if (f.name().isBlank()) {
                continue;
            }
            LonLat at = f.labelPoint() != null ? f.labelPoint()
                    : new LonLat(f.geometry().getInteriorPoint().getX(), f.geometry().getInteriorPoint().getY());
            // administrative names first, then places by size: what people mean when they type a short name
            int rank = f.layer() == BaseLayer.COUNTY ? 0 : 1;
            entries.add(new Entry(f.id().toString(), f.name(), f.layer().code(), at, syllables(f.name(), readings),
                    rank, f.population()));
        }
        for (Resource r : resources) {
            entries.add(new Entry(r.id().toString(), r.name(), r.kind().code(), r.location(),
                    syllables(r.name(), readings), 2, 0));
        }
        return new NameSearch(entries);
    }

    /** Up to {@code limit} matches, best score first; ties: counties, then places (larger first), then resources; shorter names first. */
    public List<NameMatch> find(String query, int limit) {
        String q = query == null ? "" : query.trim();
        if (q.isEmpty() || limit <= 0) {
            return List.of();
        }
        String latin = q.toLowerCase(Locale.ROOT).replaceAll("[\\s']", "");
        boolean pinyinQuery = latin.matches("[a-z0-9]+");
        record Hit(Entry e, int score) {
        }
        List<Hit> hits = new ArrayList<>();
        for (Entry e : entries) {
            int score = score(e, q, latin, pinyinQuery);
            if (score > 0) {
                hits.add(new Hit(e, score));
            }
        }
        hits.sort(Comparator.comparingInt(Hit::score).reversed()
                .thenComparingInt((Hit h) -> h.e.layerRank).thenComparing(h -> -h.e.population)
                .thenComparingInt(h -> h.e.name.length()).thenComparing(h -> h.e.name).thenComparing(h -> h.e.id));
        return hits.stream().limit(limit)
                .map(h -> new NameMatch(h.e.id, h.e.name, h.e.layer, h.e.location, h.score)).toList();
    }

    private static int score(Entry e, String q, String latin, boolean pinyinQuery) {
        String name = e.name.toLowerCase(Locale.ROOT);
        String ql = q.toLowerCase(Locale.ROOT);
        if (name.equals(ql)) {
            return 100;
        }
        if (name.startsWith(ql)) {
            return 90;
        }
        if (name.contains(ql)) {
            return 80;
        }
        if (!pinyinQuery) {
            return 0;
        }
        if (matches(latin, 0, e.syllables, 0, true)) {
            return 75;
        }
        for (int start = 0; start < e.syllables.length; start++) {
            if (matches(latin, 0, e.syllables, start, false)) {
                return start == 0 ? 70 : 60;
            }
        }
        return 0;
    }

    /**
     * Whether q[qi..] is typed by characters ci, ci+1, ... each as full syllable or first letter; with
     * {@code whole}, the query must also use up the name.
     */
    private static boolean matches(String q, int qi, String[][] syl, int ci, boolean whole) {
        if (qi == q.length()) {
            return !whole || ci == syl.length;
        }
        if (ci == syl.length) {
            return false;
        }
        for (String s : syl[ci]) {
            if (s.isEmpty()) {
                continue;
            }
            if (q.startsWith(s, qi) && matches(q, qi + s.length(), syl, ci + 1, whole)) {
                return true;
            }
            // the last syllable may be typed half-way (search as you type)
            if (s.startsWith(q.substring(qi)) && (!whole || ci == syl.length - 1)) {
                return true;
            }
            if (s.length() > 1 && q.charAt(qi) == s.charAt(0) && matches(q, qi + 1, syl, ci + 1, whole)) {
                return true;
            }
        }
        return false;
    }

    static String[][] syllables(String name) {
        return syllables(name, new HashMap<>());
    }

    /**
     * The readings of each character of {@code name}, those of a character shared through {@code
     * byChar} (never changed once made): with 100,000 names the search otherwise held 1.3 million
     * more strings, of the same few hundred syllables (heap dumps of the UI benchmark).
     */
    private static String[][] syllables(String name, Map<Character, String[]> byChar) {
        String[][] out = new String[name.length()][];
        for (int i = 0; i < name.length(); i++) {
            out[i] = byChar.computeIfAbsent(name.charAt(i), NameSearch::readings);
        }
        return out;
    }

    private static String[] readings(char c) {
        String[] readings;
        try {
            readings = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException("pinyin4j rejected its output format", e);
        }
        if (readings == null || readings.length == 0) {
            return new String[] {Character.isLetterOrDigit(c) ? String.valueOf(Character.toLowerCase(c)) : ""};
        }
        return new LinkedHashSet<>(List.of(readings)).toArray(String[]::new);
    }
}
