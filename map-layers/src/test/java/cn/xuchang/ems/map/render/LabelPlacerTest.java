package cn.xuchang.ems.map.render;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.ems.map.style.LabelStyle;
import java.awt.Color;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LabelPlacerTest {

    private static LabelStyle style(int priority) {
        return new LabelStyle(true, 12, false, Color.BLACK, Color.WHITE, 2, priority, Double.POSITIVE_INFINITY);
    }

    @Test
    void noTwoPlacedLabelsOverlap() {
        LabelPlacer placer = new LabelPlacer(800, 600);
        Random r = new Random(42);
        for (int i = 0; i < 2000; i++) {
            placer.offer(new LabelCandidate("示例·学校" + i, style(r.nextInt(5) * 100), r.nextDouble(),
                    r.nextDouble() * 800, r.nextDouble() * 600, 7, 1.0));
        }
        List<LabelPlacer.Placed> placed = placer.place();
        assertThat(placed).hasSizeGreaterThan(30);
        for (int i = 0; i < placed.size(); i++) {
            for (int j = i + 1; j < placed.size(); j++) {
                assertThat(placed.get(i).box().intersects(placed.get(j).box()))
                        .as("%s overlaps %s", placed.get(i).candidate().text(), placed.get(j).candidate().text())
                        .isFalse();
            }
            assertThat(placed.get(i).box().getMinX()).isGreaterThanOrEqualTo(0);
            assertThat(placed.get(i).box().getMaxY()).isLessThanOrEqualTo(600);
        }
    }

    @Test
    void higherPriorityWinsTheSamePlace() {
        LabelPlacer placer = new LabelPlacer(400, 300);
        placer.offer(new LabelCandidate("乡镇", style(600), 0, 200, 150, 0, 1.0));
        placer.offer(new LabelCandidate("魏都区", style(1000), 0, 200, 150, 0, 1.0));
        List<LabelPlacer.Placed> placed = placer.place();
        assertThat(placed).extracting(p -> p.candidate().text()).containsExactly("魏都区");
    }

    @Test
    void aPointLabelMovesAsideWhenItsFirstPlaceIsTaken() {
        LabelPlacer placer = new LabelPlacer(400, 300);
        placer.offer(new LabelCandidate("危险源甲", style(500), 1, 200, 150, 8, 1.0));
        placer.offer(new LabelCandidate("危险源乙", style(500), 0, 200, 150, 8, 1.0));
        List<LabelPlacer.Placed> placed = placer.place();
        assertThat(placed).hasSize(2);
        assertThat(placed.get(0).box().getMinX()).isGreaterThan(200); // right of the symbol
        assertThat(placed.get(1).box().getMaxX()).isLessThan(200);    // left of the symbol
    }

    @Test
    void pointLabelsKeepOffOtherSymbolsButAreaLabelsMayCrossThem() {
        LabelPlacer placer = new LabelPlacer(400, 300);
        // Symbols all around the anchor except nowhere: every side is taken.
        for (int dx = -60; dx <= 60; dx += 6) {
            for (int dy = -30; dy <= 30; dy += 6) {
                if (dx != 0 || dy != 0) {
                    placer.symbol(200 + dx, 150 + dy, 3, 150);
                }
            }
        }
        placer.offer(new LabelCandidate("学校", style(150), 0, 200, 150, 8, 1.0));
        placer.offer(new LabelCandidate("魏都区", style(1000), 0, 200, 100, 0, 1.0));
        assertThat(placer.place()).extracting(p -> p.candidate().text()).containsExactly("魏都区");
    }

    @Test
    void blockedAreasStayFree() {
        LabelPlacer placer = new LabelPlacer(400, 300);
        placer.block(new java.awt.geom.Rectangle2D.Double(0, 0, 400, 300));
        placer.offer(new LabelCandidate("魏都区", style(1000), 0, 200, 150, 0, 1.0));
        assertThat(placer.place()).isEmpty();
    }
}
