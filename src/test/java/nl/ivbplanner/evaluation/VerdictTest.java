package nl.ivbplanner.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import nl.ivbplanner.activity.Activity;
import nl.ivbplanner.plan.ExecutionPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.BeanUtils;
import org.springframework.test.util.ReflectionTestUtils;

/** A verdict on an activity (the Evaluation entity) without Spring or a database: when it may be given, what it needs. */
class VerdictTest {

    private static final long ADVISOR = 3L;
    private static final OffsetDateTime NOW = OffsetDateTime.of(2027, 1, 15, 10, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void aGreenVerdictNeedsNoResultText() {
        Evaluation verdict = Evaluation.give(
                activityOf(adoptedPlan()), EvaluationMoment.YEAR_END, EvaluationStatus.GREEN, null, ADVISOR, NOW);

        assertThat(verdict.getStatus()).isEqualTo(EvaluationStatus.GREEN);
        assertThat(verdict.getMoment()).isEqualTo(EvaluationMoment.YEAR_END);
        assertThat(verdict.getResultText()).isNull();
        assertThat(verdict.getEvaluatedBy()).isEqualTo(ADVISOR);
        assertThat(verdict.getEvaluatedAt()).isEqualTo(NOW);
    }

    @ParameterizedTest
    @EnumSource(
            value = EvaluationStatus.class,
            names = {"YELLOW", "RED"})
    void yellowAndRedNeedAResultText(EvaluationStatus status) {
        Activity activity = activityOf(adoptedPlan());

        assertThatThrownBy(() -> Evaluation.give(activity, EvaluationMoment.YEAR_END, status, null, ADVISOR, NOW))
                .isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> Evaluation.give(activity, EvaluationMoment.YEAR_END, status, "  ", ADVISOR, NOW))
                .isInstanceOf(RuntimeException.class);
        assertThat(Evaluation.give(activity, EvaluationMoment.YEAR_END, status, "Loopt door in 2027", ADVISOR, NOW)
                        .getResultText())
                .isEqualTo("Loopt door in 2027");
    }

    @Test
    void aRevisedVerdictReplacesStatusTextAndAuthor() {
        Evaluation verdict = Evaluation.give(
                activityOf(adoptedPlan()),
                EvaluationMoment.INTERIM,
                EvaluationStatus.YELLOW,
                "Half klaar",
                ADVISOR,
                NOW);

        verdict.revise(EvaluationStatus.GREEN, "Afgerond", 4L, NOW.plusDays(1));

        assertThat(verdict.getStatus()).isEqualTo(EvaluationStatus.GREEN);
        assertThat(verdict.getResultText()).isEqualTo("Afgerond");
        assertThat(verdict.getEvaluatedBy()).isEqualTo(4L);
        assertThat(verdict.getEvaluatedAt()).isEqualTo(NOW.plusDays(1));
        assertThat(verdict.getMoment()).isEqualTo(EvaluationMoment.INTERIM);
    }

    @ParameterizedTest
    @ValueSource(strings = {"concept", "evaluated"})
    void noVerdictOnAConceptNorOnceTheEvaluationIsClosed(String state) {
        ExecutionPlan plan = adoptedPlan();
        if (state.equals("concept")) {
            plan.reopen("nog niet vastgesteld", 7L);
        } else {
            plan.closeEvaluation(LocalDate.of(2027, 1, 20), 0, 7L);
        }

        assertThatThrownBy(() -> Evaluation.give(
                        activityOf(plan), EvaluationMoment.YEAR_END, EvaluationStatus.GREEN, null, ADVISOR, NOW))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void aGivenVerdictCannotBeRevisedOnceTheEvaluationIsClosed() {
        ExecutionPlan plan = adoptedPlan();
        Evaluation verdict = Evaluation.give(
                activityOf(plan), EvaluationMoment.YEAR_END, EvaluationStatus.GREEN, null, ADVISOR, NOW);
        plan.closeEvaluation(LocalDate.of(2027, 1, 20), 0, 7L);

        assertThatThrownBy(() -> verdict.revise(EvaluationStatus.RED, "Toch niet", ADVISOR, NOW))
                .isInstanceOf(RuntimeException.class);
        assertThat(verdict.getStatus()).isEqualTo(EvaluationStatus.GREEN);
    }

    private static ExecutionPlan adoptedPlan() {
        ExecutionPlan plan = new ExecutionPlan(1L, 2026, "Uitvoeringsplan IVB 2026");
        plan.adopt(LocalDate.of(2026, 2, 10), 7L);
        return plan;
    }

    /** An activity of the plan as the database would load it (activities are added only to a concept). */
    private static Activity activityOf(ExecutionPlan plan) {
        Activity activity = BeanUtils.instantiateClass(Activity.class);
        ReflectionTestUtils.setField(activity, "plan", plan);
        return activity;
    }
}
