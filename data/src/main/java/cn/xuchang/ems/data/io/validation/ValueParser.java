package cn.xuchang.ems.data.io.validation;

import cn.xuchang.ems.data.domain.HazardCategory;
import cn.xuchang.ems.data.domain.HazardGrade;
import cn.xuchang.ems.data.domain.Ownership;
import cn.xuchang.ems.data.domain.ShelterClass;
import cn.xuchang.ems.data.domain.ShelterFacility;
import cn.xuchang.ems.data.domain.TeamType;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns cell text into typed values the way office spreadsheets write them: digits with thousands
 * separators, 是/否 and other Chinese yes/no words, enum constants by name or Chinese label
 * (紧急/固定/中心, 一级..四级, 消防...). Throws {@link IllegalArgumentException} with a message that
 * says what was expected. Stateless.
 */
public final class ValueParser {
    private static final Set<String> TRUE = Set.of("true", "yes", "y", "1", "是", "有", "在岗", "在线", "开放", "启用", "对", "t");
    private static final Set<String> FALSE = Set.of("false", "no", "n", "0", "否", "无", "不在岗", "离线", "关闭", "停用",
            "未开放", "不在线", "f");
    private static final Map<Class<?>, Map<String, String>> ALIASES = new HashMap<>();

    static {
        alias(ShelterClass.class, "紧急", "EMERGENCY", "紧急避难场所", "EMERGENCY", "固定", "FIXED", "固定避难场所", "FIXED",
                "中心", "CENTRAL", "中心避难场所", "CENTRAL");
        alias(HazardGrade.class, "一级", "I", "二级", "II", "三级", "III", "四级", "IV", "1", "I", "2", "II", "3", "III", "4", "IV");
        alias(TeamType.class, "消防", "FIRE", "消防救援", "FIRE", "医疗", "MEDICAL", "医疗救护", "MEDICAL", "危化", "HAZMAT",
                "危化品", "HAZMAT", "防汛", "FLOOD_CONTROL", "防汛抢险", "FLOOD_CONTROL", "矿山", "MINE_RESCUE",
                "矿山救护", "MINE_RESCUE", "电力", "POWER", "通信", "COMMUNICATIONS", "志愿者", "VOLUNTEER", "志愿", "VOLUNTEER");
        alias(HazardCategory.class, "危化品", "HAZARDOUS_CHEMICALS", "危险化学品", "HAZARDOUS_CHEMICALS", "燃气", "GAS",
                "矿山", "MINE", "水库", "DAM_RESERVOIR", "大坝", "DAM_RESERVOIR", "烟花爆竹", "FIREWORKS", "尾矿库", "TAILINGS",
                "其他", "OTHER");
        alias(Ownership.class, "国有控股", "STATE_CONTROLLED", "国有", "STATE_CONTROLLED", "非国有", "NON_STATE",
                "民营", "NON_STATE");
        alias(ShelterFacility.class, "水", "WATER", "供水", "WATER", "电", "POWER", "供电", "POWER", "厕所", "TOILETS",
                "医疗", "MEDICAL", "厨房", "KITCHEN", "广播", "BROADCAST");
    }

    private ValueParser() {
    }

    private static void alias(Class<?> type, String... pairs) {
        Map<String, String> m = ALIASES.computeIfAbsent(type, t -> new HashMap<>());
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
    }

    /** A whole number; accepts "1,200" and "45.0". */
    public static long parseLong(Object raw) {
        if (raw instanceof Number n) {
            double d = n.doubleValue();
            if (d != Math.rint(d)) {
                throw new IllegalArgumentException("'" + raw + "' is not a whole number");
            }
            return n.longValue();
        }
        String s = text(raw).replace(",", "").replace("，", "");
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            try {
                double d = Double.parseDouble(s);
                if (d == Math.rint(d) && Double.isFinite(d)) {
                    return (long) d;
                }
            } catch (NumberFormatException ignored) {
                // fall through to the message
            }
            throw new IllegalArgumentException("'" + raw + "' is not a whole number; write digits, e.g. 45");
        }
    }

    /** A number; accepts "1,200.5". */
    public static double parseDouble(Object raw) {
        if (raw instanceof Number n) {
            return n.doubleValue();
        }
        String s = text(raw).replace(",", "").replace("，", "");
        try {
            double d = Double.parseDouble(s);
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + raw + "' is not a number; write digits, e.g. 12.5");
        }
    }

    /** true/false, 是/否, 1/0, yes/no, 在岗/在线/开放 and their negations. */
    public static boolean parseBoolean(Object raw) {
        if (raw instanceof Boolean b) {
            return b;
        }
        if (raw instanceof Number n) {
            return n.doubleValue() != 0;
        }
        String s = text(raw).toLowerCase(Locale.ROOT);
        if (TRUE.contains(s)) {
            return true;
        }
        if (FALSE.contains(s)) {
            return false;
        }
        throw new IllegalArgumentException("'" + raw + "' is not yes/no; write 是 or 否 (or true/false, 1/0)");
    }

    /** An enum constant by name (any case) or Chinese label. */
    public static <E extends Enum<E>> E parseEnum(Class<E> type, Object raw) {
        String s = text(raw);
        String alias = ALIASES.getOrDefault(type, Map.of()).get(s);
        String name = alias != null ? alias : s.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + raw + "' is not one of " + choices(type));
        }
    }

    /** The accepted values of an enum for messages, with Chinese labels where known. */
    public static String choices(Class<? extends Enum<?>> type) {
        Map<String, String> aliases = ALIASES.getOrDefault(type, Map.of());
        return String.join(", ", Arrays.stream(type.getEnumConstants()).map(c -> {
            String zh = aliases.entrySet().stream()
                    .filter(e -> e.getValue().equals(c.name()) && e.getKey().codePoints().anyMatch(cp -> cp > 0x2E80))
                    .map(Map.Entry::getKey).sorted().findFirst().orElse(null);
            return zh == null ? c.name() : c.name() + " (" + zh + ")";
        }).toList());
    }

    static String text(Object raw) {
        return raw == null ? "" : raw.toString().trim();
    }
}
