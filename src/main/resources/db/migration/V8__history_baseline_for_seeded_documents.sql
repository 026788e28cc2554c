-- History starts with the documents as published: one revision holds the state of every seeded row, so the
-- first change anyone makes in the app shows its old value (Envers only stores the state after a change).
-- A later seed migration that adds a document adds its own baseline the same way.

insert into revinfo (rev, revtstmp, username)
values (nextval('revinfo_seq'), (extract(epoch from now()) * 1000)::bigint, 'brondocument');

insert into status_legend_aud (id, rev, revtype, municipality_id, status, label, symbol)
select id, currval('revinfo_seq'), 0, municipality_id, status, label, symbol from status_legend;

insert into policy_framework_aud (id, rev, revtype, municipality_id, slug, title, subtitle, kind, first_year, last_year,
                                  adopted_by_council_on, mission, vision, success_factors)
select id, currval('revinfo_seq'), 0, municipality_id, slug, title, subtitle, kind, first_year, last_year,
       adopted_by_council_on, mission, vision, success_factors from policy_framework;

insert into theme_aud (id, rev, revtype, framework_id, parent_id, code, name, kind, kernbeleid_field, description, goal,
                       lead, position)
select id, currval('revinfo_seq'), 0, framework_id, parent_id, code, name, kind, kernbeleid_field, description, goal,
       lead, position from theme;

insert into execution_plan_aud (id, rev, revtype, framework_id, year, title, state, adopted_on, evaluated_on,
                                default_lead_partner_id)
select id, currval('revinfo_seq'), 0, framework_id, year, title, state, adopted_on, evaluated_on,
       default_lead_partner_id from execution_plan;

insert into objective_aud (id, rev, revtype, theme_id, plan_id, number, text, position)
select id, currval('revinfo_seq'), 0, theme_id, plan_id, number, text, position from objective;

insert into activity_aud (id, rev, revtype, plan_id, framework_id, theme_id, objective_id, kind, position, title,
                          description, goal, intended_result, owner, planning, deadline, status_note, carried_over_from_id)
select id, currval('revinfo_seq'), 0, plan_id, framework_id, theme_id, objective_id, kind, position, title,
       description, goal, intended_result, owner, planning, deadline, status_note, carried_over_from_id from activity;

insert into activity_partner_aud (id, rev, revtype, activity_id, partner_id, role, wording, position)
select id, currval('revinfo_seq'), 0, activity_id, partner_id, role, wording, position from activity_partner;

insert into evaluation_aud (id, rev, revtype, activity_id, moment, status, result_text, evaluated_by, evaluated_at)
select id, currval('revinfo_seq'), 0, activity_id, moment, status, result_text, evaluated_by, evaluated_at from evaluation;

insert into kpi_aud (id, rev, revtype, plan_id, framework_id, theme_id, objective_id, position, name, unit, source, kind,
                     comparator, baseline_value, baseline_text, baseline_year, target_value, target_text, target_year)
select id, currval('revinfo_seq'), 0, plan_id, framework_id, theme_id, objective_id, position, name, unit, source, kind,
       comparator, baseline_value, baseline_text, baseline_year, target_value, target_text, target_year from kpi;

insert into measurement_aud (id, rev, revtype, kpi_id, period, year, value, value_text, peildatum, source, note)
select id, currval('revinfo_seq'), 0, kpi_id, period, year, value, value_text, peildatum, source, note from measurement;

insert into budget_line_aud (id, rev, revtype, budget_table_id, theme_id, label, amount_cents, amount_text, remark, position)
select id, currval('revinfo_seq'), 0, budget_table_id, theme_id, label, amount_cents, amount_text, remark, position
from budget_line;

insert into capacity_line_aud (id, rev, revtype, capacity_table_id, group_name, function_name, fte_existing, fte_added,
                               remark, position)
select id, currval('revinfo_seq'), 0, capacity_table_id, group_name, function_name, fte_existing, fte_added, remark,
       position from capacity_line;

insert into narrative_section_aud (id, rev, revtype, plan_id, framework_id, theme_id, level, heading, body, position)
select id, currval('revinfo_seq'), 0, plan_id, framework_id, theme_id, level, heading, body, position
from narrative_section;
