package org.faultdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void nearestRankOverSortedValues() {
        long[] hundred = new long[100];
        for (int i = 0; i < 100; i++) {
            hundred[i] = i + 1;
        }
        assertThat(Percentiles.of(hundred, 50)).isEqualTo(50);
        assertThat(Percentiles.of(hundred, 99)).isEqualTo(99);
        assertThat(Percentiles.of(hundred, 100)).isEqualTo(100);
        assertThat(Percentiles.max(hundred)).isEqualTo(100);
    }

    @Test
    void aSmallSampleGivesOneOfItsValuesNeverAnInterpolation() {
        long[] three = Percentiles.sorted(new long[] {30, 10, 20});
        assertThat(three).containsExactly(10, 20, 30);
        assertThat(Percentiles.of(three, 50)).isEqualTo(20);
        assertThat(Percentiles.of(three, 99)).isEqualTo(30);
        assertThat(Percentiles.of(three, 1)).isEqualTo(10);
    }

    @Test
    void noValuesHaveNoPercentile() {
        assertThat(Percentiles.of(new long[0], 50)).isEqualTo(-1);
        assertThat(Percentiles.max(new long[0])).isEqualTo(-1);
        assertThat(IntakeBench.percentileMillis(new long[0], 99)).isNaN();
    }

    @Test
    void latencyInMillisecondsFromNanoseconds() {
        assertThat(IntakeBench.percentileMillis(new long[] {1_500_000, 2_500_000}, 50)).isEqualTo(1.5);
    }
}
