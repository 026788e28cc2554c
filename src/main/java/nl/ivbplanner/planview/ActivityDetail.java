package nl.ivbplanner.planview;

import java.time.LocalDate;
import nl.ivbplanner.plan.PlanState;

record ActivityDetail(
        long id,
        long municipalityId,
        String municipalitySlug,
        String municipalityName,
        String frameworkSlug,
        String frameworkTitle,
        Integer planYear,
        String planTitle,
        PlanState planState,
        String theme,
        String kind,
        String title,
        String description,
        String goal,
        String intendedResult,
        String owner,
        String planning,
        LocalDate deadline,
        String responsible,
        String statusNote,
        String objective) {}
