package cn.xuchang.ems.data.io.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xuchang.ems.data.domain.ResourceKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldMappingGuesserTest {

    @Test
    void mapsChineseOfficeHeaders() {
        List<String> columns = List.of("序号", "单位名称", "经度(°)", "纬度(°)", "可容纳人数", "有效面积（m²）", "联系电话", "类型");
        FieldMapping m = FieldMappingGuesser.guess(columns, ResourceKind.SHELTER);
        assertThat(m.fieldByColumn()).containsEntry("单位名称", "name").containsEntry("经度(°)", "lon")
                .containsEntry("纬度(°)", "lat").containsEntry("可容纳人数", "capacity")
                .containsEntry("有效面积（m²）", "area_m2").containsEntry("联系电话", "phone")
                .containsEntry("类型", "kind").doesNotContainKey("序号");
    }

    @Test
    void typeIsTheTeamTypeForRescueTeams() {
        FieldMapping m = FieldMappingGuesser.guess(List.of("名称", "X", "Y", "类型"), ResourceKind.RESCUE_TEAM);
        assertThat(m.fieldByColumn()).containsEntry("类型", "type").containsEntry("X", "x").containsEntry("Y", "y");
    }

    @Test
    void undoesTheTenCharacterCutOfDbfFieldNames() {
        FieldMapping m = FieldMappingGuesser.guess(List.of("name", "turnout_mi", "county_cod", "field_of_v"),
                ResourceKind.RESCUE_TEAM);
        assertThat(m.fieldByColumn()).containsEntry("turnout_mi", "turnout_minutes").containsEntry("county_cod", "county_code")
                .doesNotContainKey("field_of_v");
        assertThat(FieldMappingGuesser.guess(List.of("field_of_v"), ResourceKind.CAMERA).fieldByColumn())
                .containsEntry("field_of_v", "field_of_view_deg");
    }

    @Test
    void correctionsReplaceTheGuessAndAreChecked() {
        List<String> columns = List.of("名称", "经度", "纬度", "备注");
        FieldMapping m = FieldMappingGuesser.guess(columns, ResourceKind.SCHOOL).corrected("经度=lat,纬度=lon,备注=phone",
                columns, ResourceKind.SCHOOL);
        assertThat(m.fieldByColumn()).containsEntry("经度", "lat").containsEntry("纬度", "lon").containsEntry("备注", "phone");
        assertThat(m.toSpec()).isEqualTo("名称=name,经度=lat,纬度=lon,备注=phone");
        assertThat(m.corrected("备注=ignore", columns, ResourceKind.SCHOOL).has("phone")).isFalse();
        assertThatThrownBy(() -> m.corrected("备注=capacity", columns, ResourceKind.SCHOOL))
                .hasMessageContaining("'capacity' is not a field of school");
        assertThatThrownBy(() -> m.corrected("地址=name", columns, ResourceKind.SCHOOL))
                .hasMessageContaining("the file has no column '地址'");
    }
}
