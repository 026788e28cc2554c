package nl.ivbplanner.activity;

import static nl.ivbplanner.support.Entities.withId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.ivbplanner.plan.ExecutionPlan;
import nl.ivbplanner.support.Plans;
import org.junit.jupiter.api.Test;

/** What an activity allows in each state of its plan, and what a carried-over copy takes along (no Spring). */
class ActivityTest {

    private static final ActivityText TEXT = new ActivityText(
            "Buurtpreventie-apps", "Apps in elke wijk", "Meer ogen op straat", "Tien actieve groepen", "Heel 2026");
    private static final ActivityText REVISED = new ActivityText(
            "Buurtpreventie", "Apps en schouwen", "Meer ogen op straat", "Twaalf actieve groepen", "Voorjaar 2026");

    @Test
    void anActivityIsAddedOnlyToAConcept() {
        Activity activity = Activity.addTo(Plans.concept(), 3, 11L, 4, TEXT);

        assertThat(activity.getTitle()).isEqualTo("Buurtpreventie-apps");
        assertThat(activity.getThemeId()).isEqualTo(3);
        assertThat(activity.getObjectiveId()).isEqualTo(11);
        assertThat(activity.getPosition()).isEqualTo(4);
        assertThat(activity.getKind()).isEqualTo(ActivityKind.ACTIVITY);

        assertThatThrownBy(() -> Activity.addTo(Plans.adopted(), 3, null, 0, TEXT))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void itsTextsChangeWhileThePlanIsAConceptAndNotOnceItIsAdopted() {
        ExecutionPlan plan = Plans.concept();
        Activity activity = Activity.addTo(plan, 3, null, 0, TEXT);

        activity.revise(REVISED);
        assertThat(activity.getTitle()).isEqualTo("Buurtpreventie");
        assertThat(activity.getIntendedResult()).isEqualTo("Twaalf actieve groepen");
        assertThat(activity.getPlanning()).isEqualTo("Voorjaar 2026");

        plan.adopt(LocalDate.of(2026, 2, 10), 7L);
        assertThatThrownBy(() -> activity.revise(TEXT)).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> activity.placeUnder(4, null)).isInstanceOf(RuntimeException.class);
        assertThat(activity.getTitle()).isEqualTo("Buurtpreventie");
        assertThat(activity.getThemeId()).isEqualTo(3);
    }

    @Test
    void anActivityMovesInAConceptOnly() {
        ExecutionPlan plan = Plans.concept();
        Activity activity = Activity.addTo(plan, 3, null, 0, TEXT);

        activity.moveTo(4);
        assertThat(activity.getPosition()).isEqualTo(4);

        plan.adopt(LocalDate.of(2026, 2, 10), 7L);
        assertThatThrownBy(() -> activity.moveTo(0)).isInstanceOf(RuntimeException.class);
        assertThat(activity.getPosition()).isEqualTo(4);
    }

    @Test
    void aCarriedOverActivityTakesItsTextsAndThemeAndRemembersWhereItCameFrom() {
        Activity origin = withId(Activity.addTo(Plans.concept(), 3, 11L, 5, TEXT), 99);
        ExecutionPlan next = new ExecutionPlan(1L, 2027, "Uitvoeringsplan IVB 2027");

        Activity copy = origin.copyInto(next, 0, true);

        assertThat(copy.getPlan()).isSameAs(next);
        assertThat(copy.getPosition()).isZero();
        assertThat(copy.getThemeId()).isEqualTo(3);
        assertThat(copy.getObjectiveId()).isEqualTo(11);
        assertThat(copy.getCarriedOverFromId()).isEqualTo(99);
        assertThat(copy.getKind()).isEqualTo(ActivityKind.ACTIVITY);
        assertThat(new ActivityText(
                        copy.getTitle(),
                        copy.getDescription(),
                        copy.getGoal(),
                        copy.getIntendedResult(),
                        copy.getPlanning()))
                .isEqualTo(TEXT);
        assertThat(copy.getId()).isNull();
    }

    @Test
    void anObjectiveOfLastYearsPlanDoesNotComeAlongOnlyAFrameworkObjectiveDoes() {
        Activity origin = withId(Activity.addTo(Plans.concept(), 3, 11L, 0, TEXT), 99);
        ExecutionPlan next = new ExecutionPlan(1L, 2027, "Uitvoeringsplan IVB 2027");

        assertThat(origin.copyInto(next, 0, false).getObjectiveId()).isNull();
        assertThat(origin.copyInto(next, 0, true).getObjectiveId()).isEqualTo(11);
    }

    @Test
    void aFrameworkLineIsTheStartingPointOfACopyNotItsOrigin() {
        Activity frameworkLine = withId(new Activity(), 5);

        Activity copy = frameworkLine.copyInto(Plans.concept(), 2, false);

        assertThat(copy.getCarriedOverFromId()).isNull();
        assertThat(copy.getPosition()).isEqualTo(2);
    }
}
