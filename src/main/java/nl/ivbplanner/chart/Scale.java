package nl.ivbplanner.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A numeric axis with round ticks (1, 2 or 5 times a power of ten) that covers the values; ticks are exact decimals,
 * so they print as 0,1 0,2 0,3 and never as 0,30000000000000004.
 */
public record Scale(BigDecimal lower, BigDecimal upper, BigDecimal step) {

    /**
     * The scale of values from {@code min} to {@code max} with at most about {@code ticks} ticks; {@code whole}: the
     * values are counts, so no step is below 1. A single value gets room around it; nothing at all gives 0 to 1.
     */
    public static Scale of(double min, double max, int ticks, boolean whole) {
        if (!Double.isFinite(min) || !Double.isFinite(max)) {
            min = 0;
            max = 1;
        }
        if (min > max) {
            double swap = min;
            min = max;
            max = swap;
        }
        if (min == max) {
            if (min == 0) {
                max = 1;
            } else if (whole) {
                // a single count stands on nothing
                min = Math.min(0, min);
                max = Math.max(0, max);
            } else {
                double room = Math.abs(min) * 0.1;
                min -= room;
                max += room;
            }
        }
        BigDecimal step = nice((max - min) / Math.max(1, ticks - 1));
        if (whole && step.compareTo(BigDecimal.ONE) < 0) {
            step = BigDecimal.ONE;
        }
        BigDecimal lower =
                BigDecimal.valueOf(min).divide(step, 0, RoundingMode.FLOOR).multiply(step);
        BigDecimal upper =
                BigDecimal.valueOf(max).divide(step, 0, RoundingMode.CEILING).multiply(step);
        if (upper.compareTo(lower) == 0) {
            upper = lower.add(step);
        }
        return new Scale(lower.stripTrailingZeros(), upper.stripTrailingZeros(), step.stripTrailingZeros());
    }

    private static BigDecimal nice(double rough) {
        int exponent = (int) Math.floor(Math.log10(rough));
        double fraction = rough / Math.pow(10, exponent);
        int nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return BigDecimal.valueOf(nice).scaleByPowerOfTen(exponent);
    }

    public List<BigDecimal> ticks() {
        List<BigDecimal> ticks = new ArrayList<>();
        for (BigDecimal tick = lower; tick.compareTo(upper) <= 0; tick = tick.add(step)) {
            ticks.add(tick.stripTrailingZeros());
        }
        return ticks;
    }

    /** Where a value lies from the lower (0) to the upper end (1). */
    public double fraction(double value) {
        double low = lower.doubleValue();
        return (value - low) / (upper.doubleValue() - low);
    }

    public boolean contains(double value) {
        return value >= lower.doubleValue() && value <= upper.doubleValue();
    }
}
