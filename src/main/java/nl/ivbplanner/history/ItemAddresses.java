package nl.ivbplanner.history;

import nl.ivbplanner.plan.PlanAddress;
import nl.ivbplanner.plan.PlanHeader;

/** The addresses a history links to: an item's history page, and the page the item itself is read or edited on. */
final class ItemAddresses {

    private ItemAddresses() {}

    /**
     * Where an event's item has its history: its own page, or for a part without one (a verdict, a partner link, a
     * measurement) the page of the item it belongs to; the plan's own changes link to the plan.
     */
    static String historyUrl(PlanHeader header, HistoryQueries.Event event) {
        HistoryKind kind = event.kind();
        if (kind == HistoryKind.PLAN) {
            return header.address().url();
        }
        if (kind.segment() != null) {
            return header.address().url("geschiedenis/" + kind.segment() + "/" + event.rowId());
        }
        return header.address().url("geschiedenis/" + kind.parent().segment() + "/" + event.parentId());
    }

    /**
     * Where a reader finds the item itself: the activity's page, or the plan part it is edited in when the reader may
     * edit it there ({@code editor}), else the plan.
     */
    static String itemUrl(PlanHeader header, HistoryKind kind, long id, boolean editor) {
        PlanAddress plan = header.address();
        if (kind == HistoryKind.ACTIVITY) {
            return "/gemeenten/" + header.municipalitySlug() + "/activiteiten/" + id;
        }
        if (!header.state().isEditable() || !editor) {
            return plan.url();
        }
        return switch (kind) {
            case KPI -> plan.url("kpis#kpi-" + id);
            case BUDGET_TABLE -> plan.url("begroting#tabel-" + id);
            case BUDGET_LINE -> plan.url("begroting#regel-" + id);
            case CAPACITY_TABLE -> plan.url("formatie#tabel-" + id);
            case CAPACITY_LINE -> plan.url("formatie#regel-" + id);
            case SECTION -> plan.url("teksten#tekst-" + id);
            case OBJECTIVE -> plan.url("doelen#doel-" + id);
            default -> plan.url();
        };
    }
}
