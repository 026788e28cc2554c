package nl.ivbplanner.planview;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import nl.ivbplanner.partner.ActivityOrganisation;

// The rows the plan page's queries return, kept together because each is a few lines.

record PlanHeader(long municipalityId, String municipalitySlug, String municipalityName, long frameworkId,
        String frameworkSlug, String frameworkTitle, long planId, int year, String title, String state,
        LocalDate adoptedOn, LocalDate evaluatedOn, String defaultLead) {

    public boolean concept() {
        return "CONCEPT".equals(state);
    }
}

record FrameworkHeader(long municipalityId, String municipalitySlug, String municipalityName, long frameworkId,
        String frameworkSlug, String title, String subtitle, String kind, int firstYear, int lastYear,
        LocalDate adoptedByCouncilOn, String mission, String vision, String successFactors) {
}

record ThemeRow(long id, Long parentId, String code, String name, String kind, Short kernbeleidField,
        String description, String goal, String lead, int position) {

    public String displayName() {
        return code == null ? name : code + ". " + name;
    }
}

record ActivityRow(long id, long themeId, String kind, String title, String description, String goal, String intendedResult,
        String planning, String statusNote, String status, String resultText, Long objectiveId, String objectiveNumber,
        String objectiveText, String interimStatus, OffsetDateTime interimEvaluatedAt) {
}

record SectionRow(long id, Long themeId, short level, String heading, String body) {
}

record LegendRow(String status, String label, String symbol) {
}

record BudgetRow(long tableId, String tableTitle, Long printedTotalCents, String label, Long amountCents,
        String amountText, String remark) {
}

record ObjectiveRow(long id, long themeId, String number, String text) {
}

record PlanLink(int year, String title, String state) {
}

record PartnerOption(long id, String name) {
}

record ActivityDetail(long id, long municipalityId, String municipalitySlug, String municipalityName,
        String frameworkSlug, String frameworkTitle, Integer planYear, String planTitle, String planState, String theme,
        String kind, String title, String description, String goal, String intendedResult, String owner,
        String planning, LocalDate deadline, String statusNote, String objective) {
}

record PartnerLinkRow(long partnerId, String name, String role, String wording) {
}

/** An organisation on the activity page: once, with all its roles and every wording the plan uses for it. */
record PartnerLink(ActivityOrganisation organisation, List<String> wordings) {
}

record Verdict(String moment, String status, String resultText, String evaluatedBy, java.time.OffsetDateTime evaluatedAt) {
}

record ChainLink(long id, int depth, int year, String planTitle, String title) {
}

record StateChangeRow(String fromState, String toState, String reason, String changedBy,
        java.time.OffsetDateTime changedAt) {
}
