package cn.xuchang.ems.app.ui.editing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.ems.app.ui.i18n.Messages;
import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.data.domain.RescueTeam;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.data.domain.TeamType;
import cn.xuchang.ems.data.edit.ResourceEdit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SheetModelTest {
    private final List<ResourceEdit> edits = new ArrayList<>();
    private final List<String> refusals = new ArrayList<>();
    private final Resource team = NewResource.of(ResourceKind.RESCUE_TEAM, "建安区防汛队", new LonLat(113.85, 34.1),
            List.of(), "t", Instant.parse("2026-11-30T08:00:00Z"));

    private SheetModel panel(Locale locale) {
        SheetModel m = new SheetModel(Messages.forLocale(locale), edits::add, refusals::add);
        m.setCurrent(team);
        return m;
    }

    private static Map<String, ResourceProperty> items(SheetModel p, Resource r) {
        return p.itemsOf(r).stream().collect(Collectors.toMap(ResourceProperty::field, Function.identity()));
    }

    @Test
    void editorsFollowTheTypesOfTheDetailsRecord() throws Exception {
        SheetModel p = panel(Locale.SIMPLIFIED_CHINESE);
        Map<String, ResourceProperty> items = items(p, team);

        assertThat(items.keySet()).containsExactlyInAnyOrder("name", "type", "headcount", "equipment",
                "turnout_minutes", "on_duty", "phone");
        assertThat(items.get("type").getType()).isEqualTo(TeamType.class);
        assertThat(items.get("on_duty").getType()).isEqualTo(Boolean.class);
        assertThat(items.get("headcount").getType()).isEqualTo(Long.class);
        assertThat(items.get("headcount").getName()).isEqualTo(Messages.forLocale(Locale.SIMPLIFIED_CHINESE)
                .get("field.headcount"));
    }

    @Test
    void aGoodValueBecomesOneEditAtOnce() throws Exception {
        SheetModel p = panel(Locale.SIMPLIFIED_CHINESE);
        items(p, team).get("headcount").setValue("45");

        assertThat(edits).hasSize(1);
        ResourceEdit.Update u = (ResourceEdit.Update) edits.get(0);
        assertThat(u.before()).isEqualTo(team);
        assertThat(u.after().details(RescueTeam.class).headcount()).isEqualTo(45);
        assertThat(refusals).isEmpty();
    }

    @Test
    void enumsAndYesNoAreEditedAsValues() throws Exception {
        SheetModel p = panel(Locale.ENGLISH);
        items(p, team).get("type").setValue(TeamType.MEDICAL);
        items(p, p.current()).get("on_duty").setValue(Boolean.FALSE);

        assertThat(edits).hasSize(2);
        Resource last = ((ResourceEdit.Update) edits.get(1)).after();
        assertThat(last.details(RescueTeam.class).type()).isEqualTo(TeamType.MEDICAL);
        assertThat(last.details(RescueTeam.class).onDuty()).isFalse();
        assertThat(((ResourceEdit.Update) edits.get(1)).before()).as("the second edit builds on the first")
                .isEqualTo(((ResourceEdit.Update) edits.get(0)).after());
    }

    @Test
    void badValuesAreRefusedWithTheReasonAndNothingIsEdited() throws Exception {
        SheetModel p = panel(Locale.ENGLISH);
        items(p, team).get("headcount").setValue("about ten");
        assertThat(edits).isEmpty();
        assertThat(refusals).singleElement().asString().contains("about ten").contains("whole number");

        items(p, team).get("turnout_minutes").setValue("-4");
        assertThat(edits).isEmpty();
        assertThat(refusals.get(refusals.size() - 1)).contains(">= 0");
        items(p, team).get("name").setValue("  ");
        assertThat(edits).isEmpty();
        assertThat(refusals.get(refusals.size() - 1)).contains("name");
    }

    @Test
    void anEditorRepeatingTheStoredValueMakesNoEdit() throws Exception {
        SheetModel p = panel(Locale.ENGLISH);
        ResourceProperty stale = items(p, team).get("headcount");
        stale.setValue("12");
        // the old editor leaves the scene and commits its text again
        assertThat(p.current()).isEqualTo(((ResourceEdit.Update) edits.get(0)).after());
        stale.commit().accept("headcount", "12");
        assertThat(edits).hasSize(1);
    }
}
