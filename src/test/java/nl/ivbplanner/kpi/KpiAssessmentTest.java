package nl.ivbplanner.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The target logic for every comparator, for milestones, and without data or target. */
class KpiAssessmentTest {

    @ParameterizedTest(name = "{0} {1}, baseline {2}, target {3}, measured {4}: {5}")
    @CsvSource(nullValues = "-", value = {
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
            "MILESTONE, -, -, -, -, NO_DATA" })
    void judgesTheLatestMeasurementAgainstTheTarget(KpiKind kind, Comparator comparator, BigDecimal baseline,
            BigDecimal target, BigDecimal latest, KpiAssessment.Outcome expected) {
        assertThat(KpiAssessment.of(kind, comparator, baseline, target, latest).outcome()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "baseline {0}, measured {1}: {2} {3}")
    @CsvSource(nullValues = "-", value = { "37, 45, 8, up", "120, 110.5, -9.5, down", "18, 18, 0, same", "-, 18, -, -" })
    void showsTheChangeFromTheBaseline(BigDecimal baseline, BigDecimal latest, BigDecimal change, String direction) {
        KpiAssessment assessment = KpiAssessment.of(KpiKind.NUMERIC, Comparator.AT_LEAST, baseline, null, latest);
        if (change == null) {
            assertThat(assessment.changeFromBaseline()).isNull();
        } else {
            assertThat(assessment.changeFromBaseline()).isEqualByComparingTo(change);
        }
        assertThat(assessment.direction()).isEqualTo(direction);
    }
}
