-- Issue 24: every item's history and a plan's history page read the Envers snapshots of a plan's parts by the plan or
-- the part they belong to (history/HistoryKind.idsInPlan). The audit tables are only keyed by (id, rev); without these
-- a plan's history page reads every snapshot of every municipality (evaluation_aud has its index since V21).
create index activity_aud_plan_idx on activity_aud (plan_id);
create index activity_partner_aud_activity_idx on activity_partner_aud (activity_id);
create index objective_aud_plan_idx on objective_aud (plan_id);
create index kpi_aud_plan_idx on kpi_aud (plan_id);
create index measurement_aud_kpi_idx on measurement_aud (kpi_id);
create index budget_table_aud_plan_idx on budget_table_aud (plan_id);
create index budget_line_aud_table_idx on budget_line_aud (budget_table_id);
create index capacity_table_aud_plan_idx on capacity_table_aud (plan_id);
create index capacity_line_aud_table_idx on capacity_line_aud (capacity_table_id);
create index narrative_section_aud_plan_idx on narrative_section_aud (plan_id);
-- a framework's own texts, KPIs and budget tables (history of a framework's items)
create index narrative_section_aud_framework_idx on narrative_section_aud (framework_id);
create index kpi_aud_framework_idx on kpi_aud (framework_id);
create index budget_table_aud_framework_idx on budget_table_aud (framework_id);
