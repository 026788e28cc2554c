package nl.ivbplanner.kpi;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** Who answers for a KPI's measurements (an account's id, empty for nobody), as the user saw the KPI at {@code version}. */
record KpiAssignmentForm(
        @Pattern(regexp = "\\d{0,18}", message = "{activity.assignment.person.unknown}")
        String verantwoordelijke,

        @NotNull Long version) {

    static KpiAssignmentForm of(Kpi kpi) {
        return new KpiAssignmentForm(
                kpi.getResponsibleUserId() == null
                        ? ""
                        : kpi.getResponsibleUserId().toString(),
                kpi.getVersion());
    }

    Long userId() {
        return verantwoordelijke == null || verantwoordelijke.isBlank() ? null : Long.valueOf(verantwoordelijke);
    }
}
