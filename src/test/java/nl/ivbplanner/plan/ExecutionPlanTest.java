package nl.ivbplanner.plan;

import static nl.ivbplanner.support.Entities.withId;
import static nl.ivbplanner.support.Plans.COLLEGE_DECISION;
import static nl.ivbplanner.support.Plans.MANAGER;
import static nl.ivbplanner.support.Plans.YEAR_END;
import static nl.ivbplanner.support.Plans.adopted;
import static nl.ivbplanner.support.Plans.concept;
import static nl.ivbplanner.support.Plans.evaluated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The plan's yearly cycle on the entity alone (no Spring, no database): concept, adopted, evaluated and back. */
class ExecutionPlanTest {

    @Test
    void aNewPlanIsAnEditableConcept() {
        ExecutionPlan plan = concept();

        assertThat(plan.getState()).isEqualTo(PlanState.CONCEPT);
        assertThat(plan.isEditable()).isTrue();
        assertThat(plan.isOpenForMeasurements()).isTrue();
        assertThat(plan.isOpenForEvaluation()).isFalse();
    }

    @Test
    void adoptingAConceptMakesItReadOnlyAndOpensTheEvaluation() {
        ExecutionPlan plan = concept();

        PlanStateChange change = plan.adopt(COLLEGE_DECISION, MANAGER);

        assertThat(plan.getState()).isEqualTo(PlanState.VASTGESTELD);
        assertThat(plan.getAdoptedOn()).isEqualTo(COLLEGE_DECISION);
        assertThat(plan.isEditable()).isFalse();
        assertThat(plan.isOpenForEvaluation()).isTrue();
        assertThat(plan.isOpenForMeasurements()).isTrue();
        assertThat(change.getFromState()).isEqualTo(PlanState.CONCEPT);
        assertThat(change.getToState()).isEqualTo(PlanState.VASTGESTELD);
        assertThat(change.getReason()).isNull();
    }

    @Test
    void onlyAConceptCanBeAdopted() {
        ExecutionPlan plan = adopted();

        assertThatThrownBy(() -> plan.adopt(COLLEGE_DECISION.plusDays(1), MANAGER))
                .hasMessage("plan.lifecycle.not-concept");
        assertThat(plan.getAdoptedOn()).isEqualTo(COLLEGE_DECISION);
    }

    @Test
    void reopeningAnAdoptedPlanMakesItAConceptAgainAndKeepsTheReason() {
        ExecutionPlan plan = adopted();

        PlanStateChange change = plan.reopen("Raad wil een extra thema", MANAGER);

        assertThat(plan.getState()).isEqualTo(PlanState.CONCEPT);
        assertThat(plan.getAdoptedOn()).isNull();
        assertThat(plan.isEditable()).isTrue();
        assertThat(change.getFromState()).isEqualTo(PlanState.VASTGESTELD);
        assertThat(change.getToState()).isEqualTo(PlanState.CONCEPT);
        assertThat(change.getReason()).isEqualTo("Raad wil een extra thema");
    }

    @Test
    void reopeningAnEvaluatedPlanTakesItBackToAdoptedSoVerdictsCanChange() {
        ExecutionPlan plan = evaluated();

        PlanStateChange change = plan.reopen("Oordeel herzien", MANAGER);

        assertThat(plan.getState()).isEqualTo(PlanState.VASTGESTELD);
        assertThat(plan.getEvaluatedOn()).isNull();
        assertThat(plan.getAdoptedOn()).isEqualTo(COLLEGE_DECISION);
        assertThat(plan.isOpenForEvaluation()).isTrue();
        assertThat(change.getFromState()).isEqualTo(PlanState.GEEVALUEERD);
        assertThat(change.getToState()).isEqualTo(PlanState.VASTGESTELD);
    }

    @Test
    void aConceptCannotBeReopened() {
        ExecutionPlan plan = concept();

        assertThatThrownBy(() -> plan.reopen("waarom", MANAGER)).hasMessage("plan.lifecycle.not-adopted");
        assertThat(plan.getState()).isEqualTo(PlanState.CONCEPT);
    }

    @Test
    void closingTheEvaluationOfAFullyJudgedPlanMakesItFinal() {
        ExecutionPlan plan = adopted();

        PlanStateChange change = plan.closeEvaluation(YEAR_END, 0, MANAGER);

        assertThat(plan.getState()).isEqualTo(PlanState.GEEVALUEERD);
        assertThat(plan.getEvaluatedOn()).isEqualTo(YEAR_END);
        assertThat(plan.isOpenForEvaluation()).isFalse();
        assertThat(plan.isOpenForMeasurements()).isFalse();
        assertThat(plan.isEditable()).isFalse();
        assertThat(change.getFromState()).isEqualTo(PlanState.VASTGESTELD);
        assertThat(change.getToState()).isEqualTo(PlanState.GEEVALUEERD);
    }

    @Test
    void theEvaluationStaysOpenWhileAnActivityHasNoVerdict() {
        ExecutionPlan plan = adopted();

        assertThatThrownBy(() -> plan.closeEvaluation(YEAR_END, 1, MANAGER)).hasMessage("evaluation.close.incomplete");
        assertThat(plan.getState()).isEqualTo(PlanState.VASTGESTELD);
        assertThat(plan.getEvaluatedOn()).isNull();
    }

    @Test
    void onlyTheEvaluationOfAnAdoptedPlanCanBeClosed() {
        assertThatThrownBy(() -> concept().closeEvaluation(YEAR_END, 0, MANAGER))
                .hasMessage("evaluation.close.not-adopted");
        assertThatThrownBy(() -> evaluated().closeEvaluation(YEAR_END, 0, MANAGER))
                .hasMessage("evaluation.close.not-adopted");
    }

    @Test
    void onlyAConceptCanBeRetitledOrRemoved() {
        ExecutionPlan concept = withId(concept(), 42);
        concept.retitle("Uitvoeringsplan IVB 2026 (herzien)");
        assertThat(concept.getTitle()).isEqualTo("Uitvoeringsplan IVB 2026 (herzien)");
        assertThat(concept.removal().planId()).isEqualTo(42);

        ExecutionPlan adopted = adopted();
        assertThatThrownBy(() -> adopted.retitle("Nieuw")).hasMessage("plan.concept.not-concept");
        assertThat(adopted.getTitle()).isEqualTo("Uitvoeringsplan IVB 2026");
        assertThatThrownBy(adopted::removal).hasMessage("plan.concept.not-concept");
    }
}
