package cn.xuchang.ems.app.ui.attributes;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.ems.app.ui.i18n.Messages;
import cn.xuchang.ems.data.domain.Camera;
import cn.xuchang.ems.data.domain.Enterprise;
import cn.xuchang.ems.data.domain.HazardCategory;
import cn.xuchang.ems.data.domain.HazardGrade;
import cn.xuchang.ems.data.domain.HazardSource;
import cn.xuchang.ems.data.domain.Kindergarten;
import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.data.domain.Ownership;
import cn.xuchang.ems.data.domain.Provenance;
import cn.xuchang.ems.data.domain.RescueBase;
import cn.xuchang.ems.data.domain.RescueTeam;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.ResourceDetails;
import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.data.domain.School;
import cn.xuchang.ems.data.domain.Shelter;
import cn.xuchang.ems.data.domain.ShelterClass;
import cn.xuchang.ems.data.domain.ShelterFacility;
import cn.xuchang.ems.data.domain.SubstanceAmount;
import cn.xuchang.ems.data.domain.SupplyDepot;
import cn.xuchang.ems.data.domain.SupplyStock;
import cn.xuchang.ems.data.domain.TeamType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

class ResourceAttributesTest {
    private static final GeometryFactory GF = new GeometryFactory();

    static List<ResourceDetails> oneOfEachKind() {
        return List.of(
                new HazardSource(HazardCategory.HAZARDOUS_CHEMICALS, HazardGrade.II,
                        List.of(new SubstanceAmount("液氯", 12.5)), "许昌化工", "张三", "0374-1234567"),
                new Enterprise(Ownership.STATE_CONTROLLED, true, "化工", true, "李四", ""),
                new Shelter(ShelterClass.FIXED, 5000, 120, 12000, Set.of(ShelterFacility.WATER, ShelterFacility.POWER),
                        true, "0374-2222222"),
                new RescueTeam(TeamType.HAZMAT, 40, List.of("防化服", "洗消车"), 5, true, "119"),
                new SupplyDepot(List.of(new SupplyStock("1010101", "帐篷", 300, "顶")), ""),
                new RescueBase(List.of("水上救援"), ""),
                new Camera("XC-0001", 90, 60, 150, false, ""),
                new School(1200, true, ""),
                new Kindergarten(150, false, ""));
    }

    static Resource resourceWith(ResourceDetails d) {
        Instant t = Instant.parse("2026-11-30T08:00:00Z");
        return new Resource(UUID.nameUUIDFromBytes(d.kind().code().getBytes()), d.kind(), "示例" + d.kind().code(),
                new LonLat(113.85, 34.03), GF.createPoint(new Coordinate(113.85, 34.03)), "411002", true,
                Provenance.created("sample-generator", t, "sample-generator", "EPSG:4490"), d);
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en"})
    void everyTypedFieldOfEveryKindHasATranslatedLabelAndValue(String lang) {
        ResourceAttributes attrs = new ResourceAttributes(Messages.forLanguage(lang));
        assertThat(oneOfEachKind()).extracting(ResourceDetails::kind).containsExactlyInAnyOrder(ResourceKind.values());
        for (ResourceDetails d : oneOfEachKind()) {
            List<AttributeRow> rows = attrs.rowsOf(resourceWith(d));
            List<AttributeRow> detailRows = rows.stream().filter(r -> r.section() == AttributeRow.Section.DETAILS).toList();
            assertThat(detailRows).as(d.kind().code()).hasSize(d.getClass().getRecordComponents().length);
            assertThat(rows).as(d.kind().code()).allSatisfy(r -> {
                assertThat(r.label()).doesNotContain("!");
                assertThat(r.value()).doesNotContain("!");
            });
        }
    }

    @Test
    void showsEnumsBooleansAndStocksInChinese() {
        ResourceAttributes attrs = new ResourceAttributes(Messages.forLanguage("zh"));
        Map<String, String> hazard = byLabel(attrs.rowsOf(resourceWith(oneOfEachKind().get(0))));
        assertThat(hazard).containsEntry("等级", "二级").containsEntry("危险源类别", "危险化学品")
                .containsEntry("危险物质及数量", "液氯 12.5 吨").containsEntry("所在县区", "魏都区");
        Map<String, String> camera = byLabel(attrs.rowsOf(resourceWith(oneOfEachKind().get(6))));
        assertThat(camera).containsEntry("在线", "否").containsEntry("监控编号", "XC-0001")
                .containsEntry("示例数据", "是（演示用，非真实数据）").containsEntry("数据来源", "sample-generator");
    }

    @Test
    void showsPositionInBothLonLatAndEpsg4547() {
        Map<String, String> rows = byLabel(new ResourceAttributes(Messages.forLanguage("en"))
                .rowsOf(resourceWith(oneOfEachKind().get(7))));
        assertThat(rows).containsEntry("Grid (EPSG:4547)", "E 486147.15 m, N 3766999.27 m")
                .containsEntry("Lon/lat (CGCS2000)", "113.850000°E, 34.030000°N")
                .containsEntry("County", "Weidu District");
    }

    @Test
    void sortsSetsSoTheSameShelterAlwaysReadsTheSame() {
        Map<String, String> rows = byLabel(new ResourceAttributes(Messages.forLanguage("en"))
                .rowsOf(resourceWith(oneOfEachKind().get(2))));
        assertThat(rows).containsEntry("Facilities", "Power, Water").containsEntry("Shelter class", "Fixed shelter");
    }

    private static Map<String, String> byLabel(List<AttributeRow> rows) {
        return rows.stream().collect(Collectors.toMap(AttributeRow::label, AttributeRow::value, (a, b) -> a));
    }
}
