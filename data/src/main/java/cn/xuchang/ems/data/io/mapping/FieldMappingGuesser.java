package cn.xuchang.ems.data.io.mapping;

import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.data.io.Column;
import cn.xuchang.ems.data.io.ResourceAttributes;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Guesses a {@link FieldMapping} from column names: our own export names, their camelCase forms,
 * the 10-character names a DBF truncates them to, and the English and Chinese headers offices use
 * (经度/纬度/名称/类型/联系电话...). The first column that matches a field wins; a guess is only a
 * start that the user corrects with {@code --map} or in the wizard. Stateless.
 */
public final class FieldMappingGuesser {
    private static final Map<String, List<String>> ALIASES = new LinkedHashMap<>();

    static {
        alias(TargetField.LON, "lon", "lng", "long", "longitude", "经度", "东经", "经度坐标", "gpslon", "pointx");
        alias(TargetField.LAT, "lat", "latitude", "纬度", "北纬", "纬度坐标", "gpslat", "pointy");
        alias(TargetField.X, "x", "x坐标", "坐标x", "xcoord", "easting", "东坐标", "横坐标", "e");
        alias(TargetField.Y, "y", "y坐标", "坐标y", "ycoord", "northing", "北坐标", "纵坐标", "n");
        alias(TargetField.WKT, "wkt", "geometry", "geom", "几何", "shape");
        alias(ResourceAttributes.ID, "id", "uuid", "标识", "唯一标识");
        alias(ResourceAttributes.NAME, "name", "名称", "名字", "单位名称", "场所名称", "队伍名称", "学校名称", "企业名称",
                "点位名称", "监控点名称", "避难场所名称", "仓库名称", "基地名称", "危险源名称", "幼儿园名称", "mc", "title");
        alias(ResourceAttributes.KIND, "kind", "资源类型", "图层", "layer");
        alias(ResourceAttributes.COUNTY_CODE, "countycode", "county_code", "区划代码", "行政区划代码", "xzqdm", "adcode");
        alias(ResourceAttributes.SAMPLE, "sample", "示例");
        alias("phone", "phone", "tel", "telephone", "联系电话", "电话", "值班电话", "联系方式", "手机", "lxdh");
        alias("type", "type", "类型", "队伍类型", "类别");
        alias("headcount", "headcount", "人数", "队员人数", "编制人数");
        alias("equipment", "equipment", "装备", "主要装备", "装备情况");
        alias("turnout_minutes", "turnoutminutes", "出动时间", "响应时间", "集结时间");
        alias("on_duty", "onduty", "在岗", "值班状态", "是否在岗");
        alias("shelter_class", "shelterclass", "避难场所类型", "场所类型", "等级类型");
        alias("capacity", "capacity", "容量", "可容纳人数", "容纳人数");
        alias("occupied", "occupied", "已安置人数", "已入住");
        alias("area_m2", "aream2", "area", "面积", "有效面积", "面积m2", "面积平方米");
        alias("facilities", "facilities", "设施", "配套设施");
        alias("open", "open", "开放", "是否开放", "开放状态");
        alias("camera_code", "cameracode", "code", "编号", "设备编号", "监控编号", "点位编号");
        alias("heading_deg", "headingdeg", "heading", "朝向", "方向角");
        alias("field_of_view_deg", "fieldofviewdeg", "fov", "视场角", "视角");
        alias("range_m", "rangem", "range", "监控距离", "可视距离");
        alias("online", "online", "在线", "在线状态", "是否在线");
        alias("category", "category", "类别", "危险源类别", "危险类别");
        alias("grade", "grade", "级别", "等级", "危险源等级");
        alias("substances", "substances", "危险物质", "物质");
        alias("enterprise", "enterprise", "所属企业", "企业");
        alias("responsible_person", "responsibleperson", "负责人", "责任人");
        alias("ownership", "ownership", "所有制", "企业性质", "经济类型");
        alias("above_designated_size", "abovedesignatedsize", "规上企业", "是否规上", "规模以上");
        alias("industry", "industry", "行业", "所属行业");
        alias("plan_on_file", "planonfile", "预案备案", "应急预案", "是否备案");
        alias("safety_observer", "safetyobserver", "安全员", "安全观察员");
        alias("stocks", "stocks", "物资", "储备物资");
        alias("capabilities", "capabilities", "能力", "救援能力");
        alias("pupils", "pupils", "学生数", "在校生", "在校人数", "幼儿数", "学生人数");
    }

    private FieldMappingGuesser() {
    }

    private static void alias(String field, String... names) {
        ALIASES.put(field, List.of(names));
    }

    /** The guessed mapping of {@code columns} for a layer of {@code kind}. */
    public static FieldMapping guess(List<String> columns, ResourceKind kind) {
        Map<String, String> fieldByAlias = new HashMap<>();
        List<String> valid = TargetField.all(kind);
        for (Column c : ResourceAttributes.detailColumns(kind)) {
            fieldByAlias.put(normalise(c.name()), c.name());
        }
        ALIASES.forEach((field, names) -> {
            if (valid.contains(field)) {
                names.forEach(n -> fieldByAlias.putIfAbsent(normalise(n), field));
            }
        });
        Map<String, String> mapping = new LinkedHashMap<>();
        for (String column : columns) {
            String n = normalise(column);
            String field = fieldByAlias.get(n);
            if (field == null && column.length() == 10) {
                field = truncatedMatch(column, kind);
            }
            if (field != null && !mapping.containsValue(field)) {
                mapping.put(column, field);
            }
        }
        if (!mapping.containsValue(ResourceAttributes.KIND)) {
            // 类型 is the team type for rescue teams, and the layer for kinds without a type attribute
            columns.stream().filter(c -> !mapping.containsKey(c))
                    .filter(c -> normalise(c).equals("类型") || normalise(c).equals("type")).findFirst()
                    .ifPresent(c -> mapping.put(c, ResourceAttributes.KIND));
        }
        return new FieldMapping(mapping);
    }

    /** DBF keeps 10 characters of a field name: {@code turnout_mi} is {@code turnout_minutes}. */
    private static String truncatedMatch(String column, ResourceKind kind) {
        String c = column.toLowerCase(Locale.ROOT);
        for (String field : TargetField.all(kind)) {
            if (field.length() > 10 && field.startsWith(c)) {
                return field;
            }
        }
        return null;
    }

    static String normalise(String header) {
        String h = header.toLowerCase(Locale.ROOT).replaceAll("[（(\\[【].*?[)）\\]】]", "");
        return h.replaceAll("[\\s_\\-.:：]", "");
    }
}
