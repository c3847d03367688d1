package cn.xuchang.ems.app.ui.editing;

import static cn.xuchang.ems.app.ui.editing.FxToolkit.onFx;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PropertySheetPanelTest {
    private final List<ResourceEdit> edits = new ArrayList<>();
    private final Resource team = NewResource.of(ResourceKind.RESCUE_TEAM, "建安区防汛队", new LonLat(113.85, 34.1),
            List.of(), "t", Instant.parse("2026-11-30T08:00:00Z"));

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.start();
    }

    private PropertySheetPanel panel(Locale locale) throws Exception {
        return onFx(() -> {
            PropertySheetPanel p = new PropertySheetPanel(new EditStrings(locale), Messages.forLocale(locale), edits::add);
            p.show(team);
            return p;
        });
    }

    private static Map<String, ResourceProperty> items(PropertySheetPanel p, Resource r) {
        return p.itemsOf(r).stream().collect(Collectors.toMap(ResourceProperty::field, Function.identity()));
    }

    @Test
    void editorsFollowTheTypesOfTheDetailsRecord() throws Exception {
        PropertySheetPanel p = panel(Locale.SIMPLIFIED_CHINESE);
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
        PropertySheetPanel p = panel(Locale.SIMPLIFIED_CHINESE);
        onFx(() -> {
            items(p, team).get("headcount").setValue("45");
            return null;
        });

        assertThat(edits).hasSize(1);
        ResourceEdit.Update u = (ResourceEdit.Update) edits.get(0);
        assertThat(u.before()).isEqualTo(team);
        assertThat(u.after().details(RescueTeam.class).headcount()).isEqualTo(45);
        assertThat(p.message()).isEmpty();
    }

    @Test
    void enumsAndYesNoAreEditedAsValues() throws Exception {
        PropertySheetPanel p = panel(Locale.ENGLISH);
        onFx(() -> {
            items(p, team).get("type").setValue(TeamType.MEDICAL);
            return null;
        });
        onFx(() -> {
            items(p, p.shown()).get("on_duty").setValue(Boolean.FALSE);
            return null;
        });

        assertThat(edits).hasSize(2);
        Resource last = ((ResourceEdit.Update) edits.get(1)).after();
        assertThat(last.details(RescueTeam.class).type()).isEqualTo(TeamType.MEDICAL);
        assertThat(last.details(RescueTeam.class).onDuty()).isFalse();
        assertThat(((ResourceEdit.Update) edits.get(1)).before()).as("the second edit builds on the first")
                .isEqualTo(((ResourceEdit.Update) edits.get(0)).after());
    }

    @Test
    void badValuesAreRefusedWithTheReasonAndNothingIsEdited() throws Exception {
        PropertySheetPanel p = panel(Locale.ENGLISH);
        onFx(() -> {
            items(p, team).get("headcount").setValue("about ten");
            return null;
        });
        assertThat(edits).isEmpty();
        assertThat(p.message()).startsWith("Not saved").contains("about ten");

        onFx(() -> {
            items(p, team).get("turnout_minutes").setValue("-4");
            return null;
        });
        assertThat(edits).isEmpty();
        assertThat(p.message()).contains(">= 0");
        onFx(() -> {
            items(p, team).get("name").setValue("  ");
            return null;
        });
        assertThat(edits).isEmpty();
        assertThat(p.message()).contains("name");
    }

    @Test
    void anEditorRepeatingTheStoredValueMakesNoEdit() throws Exception {
        PropertySheetPanel p = panel(Locale.ENGLISH);
        ResourceProperty stale = onFx(() -> items(p, team).get("headcount"));
        onFx(() -> {
            stale.setValue("12");
            return null;
        });
        // the old editor leaves the scene and commits its text again
        onFx(() -> {
            p.show(((ResourceEdit.Update) edits.get(0)).after());
            stale.commit().accept("headcount", "12");
            return null;
        });
        assertThat(edits).hasSize(1);
    }
}
