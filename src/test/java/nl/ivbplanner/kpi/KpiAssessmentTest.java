package nl.ivbplanner.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.ivbplanner.kpi.KpiAssessment.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The target logic for every comparator, before and after the target year, for milestones, and without data. */
class KpiAssessmentTest {

    private static final int THIS_YEAR = 2026;

    @ParameterizedTest(name = "{0} {1}, baseline {2}, target {3}, measured {4} in the target year: {5}")
    @CsvSource(
            nullValues = "-",
            value = {
                "NUMERIC, AT_LEAST, 10, 20, 20, MET",
                "NUMERIC, AT_LEAST, 10, 20, 19.99, NOT_MET",
                "NUMERIC, AT_MOST, 50, 40, 40, MET",
                "NUMERIC, AT_MOST, 50, 40, 41, NOT_MET",
                "NUMERIC, EQUAL, -, 100, 100.00, MET",
                "NUMERIC, EQUAL, -, 100, 99, NOT_MET",
                "NUMERIC, INCREASE, 37, -, 38, MET",
                "NUMERIC, INCREASE, 37, -, 37, NOT_MET",
                "NUMERIC, INCREASE, 37, 45, 40, NOT_MET",
                "NUMERIC, INCREASE, 37, 45, 45, MET",
                "NUMERIC, DECREASE, 120, -, 110, MET",
                "NUMERIC, DECREASE, 120, -, 121, NOT_MET",
                "NUMERIC, DECREASE, 120, 100, 105, NOT_MET",
                "NUMERIC, INCREASE, -, -, 5, NO_TARGET",
                "NUMERIC, AT_LEAST, 10, -, 5, NO_TARGET",
                "NUMERIC, -, 10, -, 5, NO_TARGET",
                "NUMERIC, AT_LEAST, 10, 20, -, NO_DATA",
                "MILESTONE, -, -, -, 1, MET",
                "MILESTONE, -, -, -, 0, NOT_MET",
                "MILESTONE, -, -, -, -, NO_DATA"
            })
    void judgesTheLatestMeasurementAgainstTheTargetOnceItsYearHasCome(
            KpiKind kind,
            Comparator comparator,
            BigDecimal baseline,
            BigDecimal target,
            BigDecimal measured,
            Outcome expected) {
        List<Reading> series = measured == null ? List.of() : List.of(reading(2024, measured));
        assertThat(KpiAssessment.of(kind, comparator, baseline, 2020, target, 2024, series, THIS_YEAR)
                        .outcome())
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}, baseline {1}, target {2}, measured {3} before the target year: {4}")
    @CsvSource(
            nullValues = "-",
            value = {
                "AT_LEAST, 10, 20, 15, ON_TRACK",
                "AT_LEAST, 10, 20, 20, ON_TRACK",
                "AT_LEAST, 10, 20, 10, NOT_ON_TRACK",
                "AT_LEAST, 10, 20, 9, NOT_ON_TRACK",
                "AT_MOST, 50, 40, 45, ON_TRACK",
                "AT_MOST, 50, 40, 55, NOT_ON_TRACK",
                "EQUAL, 5, 0, 2, ON_TRACK",
                "EQUAL, 5, 0, 6, NOT_ON_TRACK",
                "DECREASE, 120, -, 110, ON_TRACK",
                "INCREASE, 37, -, 30, NOT_ON_TRACK",
                "AT_LEAST, -, 20, 15, NOT_ON_TRACK"
            })
    void beforeTheTargetYearSaysWhetherTheValueIsOnCourseInsteadOfNotMet(
            Comparator comparator, BigDecimal baseline, BigDecimal target, BigDecimal measured, Outcome expected) {
        KpiAssessment assessment = KpiAssessment.of(
                KpiKind.NUMERIC, comparator, baseline, 2024, target, 2030, List.of(reading(2025, measured)), THIS_YEAR);
        assertThat(assessment.outcome()).isEqualTo(expected);
    }

    @Test
    void aMilestoneNotReachedBeforeItsYearIsNotYetReachedRatherThanMissed() {
        assertThat(KpiAssessment.of(
                                KpiKind.MILESTONE,
                                null,
                                null,
                                null,
                                null,
                                2027,
                                List.of(reading(2026, BigDecimal.ZERO)),
                                THIS_YEAR)
                        .outcome())
                .isEqualTo(Outcome.NOT_YET);
    }

    /** Westland: 7,4 in 2017 is the baseline, printed again as the first figure; it is no result for 2022. */
    @Test
    void theBaselineIsNeverJudgedAgainstALaterTarget() {
        KpiAssessment assessment = KpiAssessment.of(
                KpiKind.NUMERIC,
                Comparator.AT_LEAST,
                new BigDecimal("7.4"),
                2017,
                new BigDecimal("7.5"),
                2022,
                List.of(reading(2017, new BigDecimal("7.4"))),
                THIS_YEAR);
        assertThat(assessment.outcome()).isEqualTo(Outcome.NO_DATA);
        assertThat(assessment.latest()).isNull();
    }

    /** Leidschendam-Voorburg: 'rond de 565' in recent years against 'niet hoger dan 600'; 1092 was 2010. */
    @Test
    void anApproximateValueCountsAndAnUndatedValueIsNeverTheLatest() {
        Reading circa565 = new Reading(0, "de laatste jaren", 2018, new BigDecimal("565"), "rond de 565", null);
        Reading undated = new Reading(0, "ooit", null, new BigDecimal("900"), null, null);
        KpiAssessment assessment = KpiAssessment.of(
                KpiKind.NUMERIC,
                Comparator.AT_MOST,
                null,
                null,
                new BigDecimal("600"),
                2022,
                List.of(reading(2010, new BigDecimal("1092")), circa565, undated),
                THIS_YEAR);
        assertThat(assessment.outcome()).isEqualTo(Outcome.MET);
        assertThat(assessment.latest()).isEqualTo(circa565);
    }

    /** Wassenaar's Lokale Kamer: 'Melders: Politie Procesregie Jeugdbescherming' is a measurement in words. */
    @Test
    void aFigureInWordsIsMeasuredButNotJudged() {
        Reading melders = new Reading(0, "2025", 2025, null, "Politie, Procesregie, Jeugdbescherming", null);
        KpiAssessment assessment =
                KpiAssessment.of(KpiKind.MILESTONE, null, null, null, null, 2025, List.of(melders), THIS_YEAR);
        assertThat(assessment.outcome()).isEqualTo(Outcome.NO_TARGET);
        assertThat(assessment.latest()).isEqualTo(melders);
    }

    @Test
    void withoutABaselineADecreaseIsHeldAgainstTheFirstMeasurement() {
        KpiAssessment assessment = KpiAssessment.of(
                KpiKind.NUMERIC,
                Comparator.DECREASE,
                null,
                null,
                null,
                2022,
                List.of(reading(2015, new BigDecimal("191")), reading(2018, new BigDecimal("443"))),
                THIS_YEAR);
        assertThat(assessment.outcome()).isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void theLatestIsTheNewestYearThenTheNewestPeildatumWhateverTheOrderOfRecording() {
        Reading june = new Reading(0, "juni", 2025, new BigDecimal("30"), null, LocalDate.of(2025, 6, 30));
        Reading december = new Reading(0, "december", 2025, new BigDecimal("41"), null, LocalDate.of(2025, 12, 31));
        Reading older = reading(2024, new BigDecimal("50"));
        KpiAssessment assessment = KpiAssessment.of(
                KpiKind.NUMERIC,
                Comparator.AT_MOST,
                null,
                null,
                new BigDecimal("40"),
                2025,
                List.of(december, june, older),
                THIS_YEAR);
        assertThat(assessment.latest()).isEqualTo(december);
        assertThat(assessment.outcome()).isEqualTo(Outcome.NOT_MET);
    }

    @ParameterizedTest(name = "baseline {0}, measured {1}: {2} {3}")
    @CsvSource(
            nullValues = "-",
            value = {"37, 45, 8, up", "120, 110.5, -9.5, down", "18, 18, 0, same", "-, 18, -, -"})
    void showsTheChangeFromTheBaseline(BigDecimal baseline, BigDecimal latest, BigDecimal change, String direction) {
        KpiAssessment assessment = KpiAssessment.of(
                KpiKind.NUMERIC,
                Comparator.AT_LEAST,
                baseline,
                2020,
                null,
                2030,
                List.of(reading(2025, latest)),
                THIS_YEAR);
        if (change == null) {
            assertThat(assessment.changeFromBaseline()).isNull();
        } else {
            assertThat(assessment.changeFromBaseline()).isEqualByComparingTo(change);
        }
        assertThat(assessment.direction()).isEqualTo(direction);
    }

    private static Reading reading(int year, BigDecimal value) {
        return new Reading(0, String.valueOf(year), year, value, null, null);
    }
}
