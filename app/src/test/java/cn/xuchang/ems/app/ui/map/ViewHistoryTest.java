package cn.xuchang.ems.app.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ViewHistoryTest {

    @Test
    void stepsBackAndForwardLikeABrowser() {
        ViewHistory<String> h = new ViewHistory<>(10);
        h.record("city");
        h.record("county");
        h.record("street");
        assertThat(h.back()).contains("county");
        assertThat(h.back()).contains("city");
        assertThat(h.back()).isEmpty();
        assertThat(h.forward()).contains("county");
        assertThat(h.canGoForward()).isTrue();
    }

    @Test
    void recordingAfterGoingBackDropsTheForwardBranch() {
        ViewHistory<String> h = new ViewHistory<>(10);
        h.record("a");
        h.record("b");
        h.back();
        h.record("c");
        assertThat(h.canGoForward()).isFalse();
        assertThat(h.back()).contains("a");
    }

    @Test
    void ignoresTheSameViewTwiceAndForgetsTheOldestBeyondCapacity() {
        ViewHistory<String> h = new ViewHistory<>(3);
        h.record("a");
        h.record("a");
        h.record("b");
        h.record("c");
        h.record("d");
        assertThat(h.back()).contains("c");
        assertThat(h.back()).contains("b");
        assertThat(h.back()).isEmpty();
    }
}
