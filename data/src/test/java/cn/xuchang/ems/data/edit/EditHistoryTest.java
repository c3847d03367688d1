package cn.xuchang.ems.data.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.data.domain.RescueTeam;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.io.TestResources;
import cn.xuchang.ems.data.store.DerbyResourceStore;
import cn.xuchang.ems.data.store.InMemoryResourceStore;
import cn.xuchang.ems.data.store.ResourceStore;
import cn.xuchang.ems.data.store.StoreException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EditHistoryTest {
    private static final Instant T1 = Instant.parse("2026-12-01T09:00:00Z");

    @TempDir
    static Path dir;

    static Stream<ResourceStore> stores() {
        return Stream.of(new InMemoryResourceStore(), DerbyResourceStore.open(dir.resolve("db" + System.nanoTime())));
    }

    @ParameterizedTest
    @MethodSource("stores")
    void storesEachEditAtOnceAndUndoesAndRedoesThem(ResourceStore store) {
        try (store) {
            Resource team = TestResources.team();
            EditHistory history = new EditHistory(store, 50);
            history.perform(new ResourceEdit.Add(team));
            assertThat(store.find(team.id())).contains(team);

            ResourceEdit.Update headcount = AttributeChange.of(team, "headcount", "60", "clerk", T1);
            history.perform(headcount);
            assertThat(store.find(team.id()).orElseThrow().details(RescueTeam.class).headcount()).isEqualTo(60);
            assertThat(store.find(team.id()).orElseThrow().provenance().updatedBy()).isEqualTo("clerk");

            ResourceEdit.Update moved = new ResourceEdit.Update(headcount.after(), new Resource(team.id(), team.kind(),
                    team.name(), new LonLat(113.83, 34.03), TestResources.GF.createPoint(
                    new org.locationtech.jts.geom.Coordinate(113.83, 34.03)), team.countyCode(), false,
                    team.provenance(), headcount.after().details()));
            history.perform(moved);
            history.perform(new ResourceEdit.Delete(moved.after()));
            assertThat(store.find(team.id())).isEmpty();

            assertThat(history.undoLabel()).contains("delete 魏都区消防救援大队");
            history.undo();
            assertThat(store.find(team.id())).contains(moved.after());
            history.undo();
            history.undo();
            assertThat(store.find(team.id())).contains(team);
            assertThat(history.canRedo()).isTrue();
            history.redo();
            assertThat(store.find(team.id()).orElseThrow().details(RescueTeam.class).headcount()).isEqualTo(60);

            history.perform(AttributeChange.of(store.find(team.id()).orElseThrow(), "on_duty", "否", "clerk", T1));
            assertThat(history.canRedo()).as("a new edit clears redo").isFalse();
            assertThat(store.find(team.id()).orElseThrow().details(RescueTeam.class).onDuty()).isFalse();
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void refusesToUndoOverAChangeMadeElsewhere(ResourceStore store) {
        try (store) {
            Resource team = TestResources.team();
            store.saveAll(List.of(team));
            EditHistory history = new EditHistory(store, 50);
            ResourceEdit.Update edit = AttributeChange.of(team, "phone", "0374-9999999", "clerk", T1);
            history.perform(edit);
            Resource elsewhere = AttributeChange.of(edit.after(), "headcount", 12, "other", T1).after();
            store.saveAll(List.of(elsewhere));

            assertThatThrownBy(history::undo).isInstanceOf(StoreException.class).hasMessageContaining("changed or removed since");
            assertThat(store.find(team.id())).contains(elsewhere);
            assertThat(history.canUndo()).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void typedEditsAcceptWhatImportsAcceptAndRefuseTheRest(ResourceStore store) {
        try (store) {
            Resource shelter = TestResources.shelter();
            assertThat(AttributeChange.of(shelter, "shelter_class", "中心", "c", T1).after().details().toString())
                    .contains("CENTRAL");
            assertThat(AttributeChange.of(shelter, "facilities", "水、电、厕所", "c", T1).after().details().toString())
                    .contains("TOILETS");
            assertThatThrownBy(() -> AttributeChange.of(shelter, "capacity", "很多", "c", T1))
                    .hasMessageContaining("capacity: '很多' is not a whole number");
            assertThatThrownBy(() -> AttributeChange.of(shelter, "capacity", "-5", "c", T1))
                    .hasMessageContaining("capacity and occupancy must be >= 0");
            assertThatThrownBy(() -> AttributeChange.of(shelter, "pupils", "5", "c", T1))
                    .hasMessageContaining("not an editable attribute of shelter");
            assertThatThrownBy(() -> AttributeChange.of(shelter, "name", " ", "c", T1)).hasMessageContaining("empty");
        }
    }
}
