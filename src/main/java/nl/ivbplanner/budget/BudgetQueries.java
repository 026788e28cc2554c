package nl.ivbplanner.budget;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Read model of the budget page: one statement for all tables with their lines, also the
 * tables that have no lines yet.
 */
@Repository
class BudgetQueries {

    private final JdbcClient jdbc;

    BudgetQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<BudgetTableView> budget(long planId) {
        Map<Long, BudgetTableView> tables = new LinkedHashMap<>();
        for (BudgetRow row : jdbc.sql("""
                select t.id as table_id, t.title, t.printed_total_cents, l.id as line_id, l.label, l.amount_cents,
                       l.amount_text, l.remark,
                       case when th.code is null then th.name else th.code || '. ' || th.name end as theme
                from budget_table t
                left join budget_line l on l.budget_table_id = t.id
                left join theme th on th.id = l.theme_id
                where t.plan_id = ? order by t.position, t.id, l.position, l.id""").param(planId).query(BudgetRow.class).list()) {
            BudgetTableView table = tables.computeIfAbsent(
                    row.tableId(),
                    id -> new BudgetTableView(id, row.title(), row.printedTotalCents(), new ArrayList<>()));
            if (row.lineId() != null) {
                table.lines()
                        .add(new BudgetLineView(
                                row.lineId(),
                                row.label(),
                                row.theme(),
                                row.amountCents(),
                                row.amountText(),
                                row.remark()));
            }
        }
        return List.copyOf(tables.values());
    }

    /** A table joined with one of its lines, or with none (all line columns null). */
    record BudgetRow(
            long tableId,
            String title,
            Long printedTotalCents,
            Long lineId,
            String label,
            Long amountCents,
            String amountText,
            String remark,
            String theme) {}
}
