package nl.ivbplanner.planimport;

import java.math.BigDecimal;
import java.util.List;
import nl.ivbplanner.formation.CapacityOrganisation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the budget and formation sheets are compared with: the plan's tables and their lines, one statement each. */
@Repository
class PlanTableQueries {

    private final JdbcClient jdbc;

    PlanTableQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A table of the plan; tables without lines count too, a new row may name one. */
    record StoredTable(long id, String title) {}

    record StoredBudgetLine(long id, long tableId, String label, Long amountCents, String amountText, String remark) {}

    record StoredCapacityLine(
            long id,
            long tableId,
            String groupName,
            String functionName,
            CapacityOrganisation organisation,
            Long partOfId,
            BigDecimal fteExisting,
            BigDecimal fteAdded) {}

    List<StoredTable> budgetTables(long planId) {
        return jdbc.sql("select id, title from budget_table where plan_id = ? order by position, id")
                .param(planId)
                .query(StoredTable.class)
                .list();
    }

    /** In the export's order, so that the lines the sheet no longer has are listed as the plan has them. */
    List<StoredBudgetLine> budgetLines(long planId) {
        return jdbc.sql("""
                select l.id, l.budget_table_id as table_id, l.label, l.amount_cents, l.amount_text, l.remark
                from budget_line l join budget_table t on t.id = l.budget_table_id
                where t.plan_id = ? order by t.position, t.id, l.position, l.id""").param(planId).query(StoredBudgetLine.class).list();
    }

    List<StoredTable> capacityTables(long planId) {
        return jdbc.sql("select id, title from capacity_table where plan_id = ? order by position, id")
                .param(planId)
                .query(StoredTable.class)
                .list();
    }

    List<StoredCapacityLine> capacityLines(long planId) {
        return jdbc.sql("""
                select l.id, l.capacity_table_id as table_id, l.group_name, l.function_name, l.organisation,
                       l.part_of_id, l.fte_existing, l.fte_added
                from capacity_line l join capacity_table t on t.id = l.capacity_table_id
                where t.plan_id = ? order by t.position, t.id, l.position, l.id""").param(planId).query(StoredCapacityLine.class).list();
    }
}
