package cn.xuchang.ems.map.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ImageBudgetCacheTest {
    private final AtomicInteger drawn = new AtomicInteger();

    private BufferedImage draw(Integer side) {
        drawn.incrementAndGet();
        return new BufferedImage(side, side, BufferedImage.TYPE_INT_ARGB);
    }

    @Test
    void drawsEachKeyOnceAndCountsItsPixelBytes() {
        ImageBudgetCache<Integer, BufferedImage> cache = new ImageBudgetCache<>(1 << 20, img -> img);
        BufferedImage first = cache.get(10, this::draw);
        assertThat(cache.get(10, this::draw)).isSameAs(first);
        cache.get(20, this::draw);
        assertThat(drawn).hasValue(2);
        assertThat(cache.bytes()).isEqualTo(4L * (10 * 10 + 20 * 20));
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void dropsEverythingOncePastTheBudgetAndRefills() {
        // 100 x 100 ARGB = 40,000 bytes: two fit under 100,000, the third goes past it
        ImageBudgetCache<Integer, BufferedImage> cache = new ImageBudgetCache<>(100_000, img -> img);
        for (int key = 100; key < 103; key++) {
            cache.get(key, k -> draw(100));
        }
        assertThat(cache.size()).isEqualTo(3);
        assertThat(cache.bytes()).isEqualTo(120_000);
        // the next new key finds the budget spent: the old entries go, the new one is drawn
        cache.get(200, k -> draw(100));
        assertThat(cache.size()).isEqualTo(1);
        assertThat(cache.bytes()).isEqualTo(40_000);
        cache.get(100, k -> draw(100));
        assertThat(drawn).as("a dropped key is drawn again").hasValue(5);
    }

    @Test
    void manyLargeLabelsStayWithinTheLabelBudgetPlusOne() {
        LabelSprites labels = new LabelSprites();
        var style = new cn.xuchang.ems.map.style.LabelStyle(true, 13, false, java.awt.Color.BLACK,
                java.awt.Color.WHITE, 2, 0, 0);
        // ~75 KB each at HiDPI: 1,500 of them would hold over 100 MB under no byte bound
        for (int i = 0; i < 1500; i++) {
            labels.get("许昌市第" + i + "中学东校区应急避难场所", style, 2.0);
            assertThat(labels.bytes()).isLessThan(LabelSprites.BUDGET_BYTES + (1 << 20));
        }
    }
}
