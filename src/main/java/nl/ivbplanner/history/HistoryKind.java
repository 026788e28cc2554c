package nl.ivbplanner.history;

import static nl.ivbplanner.history.HistoryField.enumeration;
import static nl.ivbplanner.history.HistoryField.of;
import static nl.ivbplanner.history.HistoryField.reference;
import static nl.ivbplanner.history.HistoryField.text;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The audited parts of a plan whose history users read: where Envers keeps their snapshots, which fields count as a
 * change, what names an item, and how it belongs to its plan (directly, or through the item it is part of: a verdict
 * through its activity, a measurement through its KPI, a line through its table). A part of another part has no page
 * of its own: its changes are read on its parent's.
 */
public enum HistoryKind {
    PLAN(
            "execution_plan_aud",
            null,
            null,
            null,
            null,
            text("title"),
            enumeration("state", "plan.state."),
            of("adopted_on", ValueFormat.DATE),
            of("evaluated_on", ValueFormat.DATE),
            reference(
                    "default_lead_partner_id", "select p.name from partner p where p.id = a.default_lead_partner_id")),
    ACTIVITY(
            "activity_aud",
            "activiteit",
            null,
            null,
            "plan_id",
            text("title"),
            text("description"),
            text("goal"),
            text("intended_result"),
            text("owner"),
            text("planning"),
            of("deadline", ValueFormat.DATE),
            text("status_note"),
            reference("theme_id", Names.THEME),
            reference("objective_id", Names.OBJECTIVE),
            reference("responsible_user_id", Names.USER)),
    VERDICT(
            "evaluation_aud",
            null,
            ACTIVITY,
            "activity_id",
            null,
            enumeration("moment", "evaluation.moment."),
            of("status", ValueFormat.STATUS),
            text("result_text")),
    PARTNER_LINK(
            "activity_partner_aud",
            null,
            ACTIVITY,
            "activity_id",
            null,
            reference("partner_id", "select p.name from partner p where p.id = a.partner_id"),
            enumeration("role", "partner.role."),
            text("wording")),
    OBJECTIVE(
            "objective_aud",
            "doel",
            null,
            null,
            "plan_id",
            text("number"),
            text("text"),
            reference("theme_id", Names.THEME)),
    KPI(
            "kpi_aud",
            "kpi",
            null,
            null,
            "plan_id",
            text("name"),
            reference("theme_id", Names.THEME),
            reference("objective_id", Names.OBJECTIVE),
            enumeration("kind", "kpi.kind."),
            enumeration("unit_kind", "kpi.unit."),
            text("unit"),
            text("source"),
            enumeration("comparator", "kpi.comparator."),
            of("baseline_value", ValueFormat.NUMBER),
            text("baseline_text"),
            of("baseline_year", ValueFormat.WHOLE),
            of("target_value", ValueFormat.NUMBER),
            text("target_text"),
            of("target_year", ValueFormat.WHOLE),
            reference("responsible_user_id", Names.USER),
            reference("indicator_id", "select i.name from indicator i where i.id = a.indicator_id")),
    MEASUREMENT(
            "measurement_aud",
            null,
            KPI,
            "kpi_id",
            null,
            text("period"),
            of("year", ValueFormat.WHOLE),
            of("value", ValueFormat.NUMBER),
            text("value_text"),
            of("peildatum", ValueFormat.DATE),
            text("source"),
            text("note")),
    BUDGET_TABLE(
            "budget_table_aud",
            "begrotingstabel",
            null,
            null,
            "plan_id",
            text("title"),
            of("year", ValueFormat.WHOLE),
            of("printed_total_cents", ValueFormat.CENTS)),
    BUDGET_LINE(
            "budget_line_aud",
            "begrotingsregel",
            BUDGET_TABLE,
            "budget_table_id",
            null,
            text("label"),
            reference("theme_id", Names.THEME),
            of("amount_cents", ValueFormat.CENTS),
            text("amount_text"),
            text("remark")),
    CAPACITY_TABLE(
            "capacity_table_aud",
            "formatietabel",
            null,
            null,
            "plan_id",
            text("title"),
            of("printed_total_existing", ValueFormat.NUMBER),
            of("printed_total_added", ValueFormat.NUMBER)),
    CAPACITY_LINE(
            "capacity_line_aud",
            "formatieregel",
            CAPACITY_TABLE,
            "capacity_table_id",
            null,
            text("function_name"),
            text("group_name"),
            enumeration("organisation", "capacity.organisation."),
            of("fte_existing", ValueFormat.NUMBER),
            of("fte_added", ValueFormat.NUMBER),
            text("remark"),
            reference("part_of_id", "select c.function_name from capacity_line c where c.id = a.part_of_id")),
    SECTION(
            "narrative_section_aud",
            "tekst",
            null,
            null,
            "plan_id",
            text("heading"),
            text("body"),
            of("level", ValueFormat.WHOLE),
            reference("theme_id", Names.THEME),
            // the column came after the seeded baseline, which has no value for it: not public was not yet possible
            new HistoryField("not_public", "coalesce(a.not_public, false)::text", ValueFormat.YES_NO, null));

    private final String auditTable;
    private final String segment;
    private final HistoryKind parent;
    private final String parentColumn;
    private final String planColumn;
    private final List<HistoryField> fields;

    HistoryKind(
            String auditTable,
            String segment,
            HistoryKind parent,
            String parentColumn,
            String planColumn,
            HistoryField... fields) {
        this.auditTable = auditTable;
        this.segment = segment;
        this.parent = parent;
        this.parentColumn = parentColumn;
        this.planColumn = planColumn;
        this.fields = List.of(fields);
    }

    /** The item's fields; the first names it (a title, a name, a period). */
    List<HistoryField> fields() {
        return fields;
    }

    String auditTable() {
        return auditTable;
    }

    String parentColumn() {
        return parentColumn;
    }

    /** The part this one belongs to, whose page shows its changes; null for an item with a page of its own. */
    HistoryKind parent() {
        return parent;
    }

    /** The address segment of the item's history page ({@code .../geschiedenis/kpi/12}); null for the plan. */
    String segment() {
        return segment;
    }

    /** The kinds whose changes an item's history page shows: the item's own and those of its parts. */
    List<HistoryKind> withParts() {
        return Arrays.stream(values())
                .filter(k -> k == this || k.parent == this)
                .toList();
    }

    static Optional<HistoryKind> bySegment(String segment) {
        return Arrays.stream(values())
                .filter(k -> k.segment != null && k.segment.equals(segment))
                .findFirst();
    }

    /**
     * SQL that selects the ids of this kind's rows (every row that ever was) in the plan {@code :plan}, from the
     * snapshots, so that deleted rows count too.
     */
    String idsInPlan() {
        if (this == PLAN) {
            return "select cast(:plan as bigint)";
        }
        if (planColumn != null) {
            return "select x.id from " + auditTable + " x where x." + planColumn + " = :plan";
        }
        return "select x.id from " + auditTable + " x where x." + parentColumn + " in (" + parent.idsInPlan() + ")";
    }

    /**
     * Whether a framework has items of this kind itself (its texts, KPIs with their measurements, budget tables with
     * their lines), beside its plans.
     */
    boolean partOfFrameworks() {
        return this == SECTION || this == KPI || this == MEASUREMENT || this == BUDGET_TABLE || this == BUDGET_LINE;
    }

    /** As {@link #idsInPlan()}, for the framework {@code :framework}'s own items of a kind it has. */
    String idsInFramework() {
        if (parent != null) {
            return "select x.id from " + auditTable + " x where x." + parentColumn + " in (" + parent.idsInFramework()
                    + ")";
        }
        return "select x.id from " + auditTable + " x where x.framework_id = :framework";
    }

    /** Names that references are shown as: reading one row by its key is cheap. */
    private static final class Names {
        static final String THEME =
                "select coalesce(t.code || '. ', '') || t.name from theme t where t.id = a.theme_id";
        static final String OBJECTIVE =
                "select concat_ws('. ', o.number, o.text) from objective o where o.id = a.objective_id";
        static final String USER = "select u.display_name from app_user u where u.id = a.responsible_user_id";
    }
}
