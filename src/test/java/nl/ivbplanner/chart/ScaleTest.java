package nl.ivbplanner.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ScaleTest {

    @Test
    void ticksAreRoundNumbersThatCoverTheValues() {
        Scale scale = Scale.of(0, 21, 5, true);
        assertThat(scale.ticks()).extracting(BigDecimal::toPlainString).containsExactly("0", "10", "20", "30");
        assertThat(scale.fraction(0)).isZero();
        assertThat(scale.fraction(30)).isEqualTo(1.0);
    }

    @Test
    void decimalTicksAreExact() {
        Scale scale = Scale.of(7.3, 7.7, 5, false);
        assertThat(scale.ticks()).extracting(BigDecimal::toPlainString).containsExactly("7.2", "7.4", "7.6", "7.8");
    }

    @Test
    void countsNeverStepBelowOne() {
        assertThat(Scale.of(0, 2, 5, true).ticks())
                .extracting(BigDecimal::toPlainString)
                .containsExactly("0", "1", "2");
    }

    @Test
    void negativeValuesGetTicksBelowNothing() {
        Scale scale = Scale.of(-12, 30, 5, false);
        assertThat(scale.lower()).isLessThanOrEqualTo(BigDecimal.valueOf(-12));
        assertThat(scale.upper()).isGreaterThanOrEqualTo(BigDecimal.valueOf(30));
        assertThat(scale.ticks()).extracting(BigDecimal::toPlainString).contains("0");
        assertThat(scale.contains(0)).isTrue();
    }

    @Test
    void aSingleValueGetsRoomAroundIt() {
        Scale scale = Scale.of(7.4, 7.4, 5, false);
        assertThat(scale.lower().doubleValue()).isLessThan(7.4);
        assertThat(scale.upper().doubleValue()).isGreaterThan(7.4);
        assertThat(scale.fraction(7.4)).isStrictlyBetween(0.0, 1.0);
        // a single count stands on nothing
        assertThat(Scale.of(5, 5, 5, true).lower()).isEqualByComparingTo("0");
    }

    @Test
    void nothingAtAllIsZeroToOne() {
        Scale scale = Scale.of(0, 0, 5, false);
        assertThat(scale.lower()).isEqualByComparingTo("0");
        assertThat(scale.upper()).isEqualByComparingTo("1");
        assertThat(Scale.of(Double.NaN, Double.POSITIVE_INFINITY, 5, false).upper())
                .isEqualByComparingTo("1");
    }

    @Test
    void largeAmountsStayExact() {
        Scale scale = Scale.of(0, 5_615_000, 5, false);
        assertThat(scale.step()).isEqualByComparingTo("2000000");
        assertThat(scale.upper()).isEqualByComparingTo("6000000");
    }
}
