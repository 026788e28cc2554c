package nl.ivbplanner.planview;

import java.util.List;
import java.util.Map;
import nl.ivbplanner.evaluation.LegendEntry;
import nl.ivbplanner.history.HistoryRow;

/** Everything the activity page shows. */
record ActivityView(
        ActivityDetail activity,
        List<PartnerLink> partners,
        List<Verdict> verdicts,
        List<ChainLink> chain,
        List<HistoryRow> history,
        Map<String, LegendEntry> legend,
        boolean editable,
        boolean assignable,
        List<Comment> comments,
        boolean staff,
        boolean mayComment) {}
