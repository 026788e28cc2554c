-- Benchmark data, NOT a migration: 400 municipalities x 8 plans x 100 activities (320,000 plan activities), on top of
-- the seeded four. Run it with psql against a database that Flyway has migrated (see bench/README.md). It is
-- idempotent: everything it made before (municipalities 'bench-001' .. 'bench-999', their history revisions) is
-- deleted first, in the same transaction. The seeded data is left alone. Fewer municipalities:
-- psql -v municipalities=30 -f bench/generate-region-data.sql (ScaleStatementsTest runs the part between 'begin;' and
-- 'commit;' through JDBC inside its own transaction, with the variable replaced).
--
-- Shape per municipality: one framework 2023-2030 with 16 themes (two per Kernbeleid field, one without a field, five
-- sub-themes without a field of their own) and 5 multi-year lines; plans 2023-2026 GEEVALUEERD (year-end verdicts on
-- every activity: 70% green, 20% yellow, 8% red, 2% not evaluated), 2027-2028 VASTGESTELD (interim verdicts on a
-- third), 2029-2030 CONCEPT. Every activity has 1-3 shared partners. Every plan has 3 KPIs (measured unless concept)
-- and a budget table of 4 lines. Every 25th municipality lies in Veiligheidsregio Haaglanden (16 of 400), the rest in
-- 24 'Benchregio' regions, so /regio aggregates 20 municipalities while 384 others fill the tables around them.
\set ON_ERROR_STOP on
\if :{?municipalities}
\else
\set municipalities 400
\endif
begin;

-- Reset: plans first (their activities, KPIs, budget tables and objectives cascade), then the frameworks (themes and
-- multi-year lines cascade), then the demo accounts that the app made for them at start-up, then the municipalities
-- (legends cascade). History rows have no foreign keys to the rows they describe: the revisions this script wrote
-- (by the generated municipalities' user names) go first, with their snapshots in every history table.
create temp table bench_revision on commit drop as
select rev from revinfo where username like 'adviseur.bench-%' or username like 'manager.bench-%';
delete from status_legend_aud where rev in (select rev from bench_revision);
delete from policy_framework_aud where rev in (select rev from bench_revision);
delete from theme_aud where rev in (select rev from bench_revision);
delete from execution_plan_aud where rev in (select rev from bench_revision);
delete from activity_aud where rev in (select rev from bench_revision);
delete from activity_partner_aud where rev in (select rev from bench_revision);
delete from evaluation_aud where rev in (select rev from bench_revision);
delete from kpi_aud where rev in (select rev from bench_revision);
delete from measurement_aud where rev in (select rev from bench_revision);
delete from budget_table_aud where rev in (select rev from bench_revision);
delete from budget_line_aud where rev in (select rev from bench_revision);
-- not generated, but an edit in the app by one of these users' demo accounts writes them in such a revision
delete from objective_aud where rev in (select rev from bench_revision);
delete from narrative_section_aud where rev in (select rev from bench_revision);
delete from capacity_table_aud where rev in (select rev from bench_revision);
delete from capacity_line_aud where rev in (select rev from bench_revision);
-- Every history table refers to revinfo by 'rev', which no index leads with (their keys are (id, rev)), so the foreign
-- key checks of deleting 58,000 revisions would read all of them once per revision (hours). Nothing refers to these
-- revisions any more (above), so the checks are switched off for this one statement (needs a superuser, as postgres is).
set local session_replication_role = replica;
delete from revinfo where rev in (select rev from bench_revision);
set local session_replication_role = origin;
delete from execution_plan where framework_id in
    (select f.id from policy_framework f join municipality m on m.id = f.municipality_id where m.slug like 'bench-%');
delete from policy_framework where municipality_id in (select id from municipality where slug like 'bench-%');
delete from app_user where municipality_id in (select id from municipality where slug like 'bench-%');
delete from municipality where slug like 'bench-%';

insert into municipality (slug, name, cbs_code, safety_region)
select 'bench-' || lpad(n::text, 3, '0'), 'Benchgemeente ' || lpad(n::text, 3, '0'), 'GM' || (5000 + n),
       case when n % 25 = 0 then 'Veiligheidsregio Haaglanden' else 'Benchregio ' || lpad((n % 25)::text, 2, '0') end
from generate_series(1, :municipalities) n;

insert into status_legend (municipality_id, status, label, symbol)
select m.id, l.status, l.label, l.symbol
from municipality m
cross join (values ('GREEN', 'Gereed', '✔'), ('YELLOW', 'Loopt door', '➜'), ('RED', 'Niet uitgevoerd', '✖'),
                   ('NOT_EVALUATED', 'Nog niet beoordeeld', '○')) as l (status, label, symbol)
where m.slug like 'bench-%';

insert into policy_framework (municipality_id, slug, title, kind, first_year, last_year, adopted_by_council_on, state)
select id, 'ivb-2023-2030', 'Integraal Veiligheidsbeleid 2023-2030 ' || name, 'INTEGRAL_SAFETY', 2023, 2030, date '2022-12-15',
       'VASTGESTELD'
from municipality where slug like 'bench-%';

create temp table bench_framework on commit drop as
select f.id from policy_framework f join municipality m on m.id = f.municipality_id where m.slug like 'bench-%';

-- Themes 0-9: two per field; theme 10 has no field; kinds rotate so priorities appear in every field.
insert into theme (framework_id, code, name, kind, kernbeleid_field, position)
select f.id, (i + 1)::text, 'Thema ' || (i + 1),
       (array['PRIORITY', 'REGIONAL_PRIORITY', 'GOING_CONCERN'])[i % 3 + 1],
       case when i < 10 then i / 2 + 1 end, i
from bench_framework f cross join generate_series(0, 10) i;

-- Sub-themes count under their parent's field.
insert into theme (framework_id, parent_id, code, name, kind, position)
select t.framework_id, t.id, t.code || '.1', 'Subthema van thema ' || t.code, 'TRACK', t.position
from theme t join bench_framework f on f.id = t.framework_id
where t.parent_id is null and t.position in (0, 2, 4, 6, 8);

create temp table bench_theme on commit drop as
select t.framework_id, t.id, (row_number() over (partition by t.framework_id order by t.id) - 1)::int as n
from theme t join bench_framework f on f.id = t.framework_id;

insert into execution_plan (framework_id, year, title, state, adopted_on, evaluated_on)
select f.id, y, 'Uitvoeringsplan ' || y,
       case when y <= 2026 then 'GEEVALUEERD' when y <= 2028 then 'VASTGESTELD' else 'CONCEPT' end,
       case when y <= 2028 then make_date(y, 2, 1) end,
       case when y <= 2026 then make_date(y + 1, 2, 15) end
from bench_framework f cross join generate_series(2023, 2030) y;

-- Every fifth activity of a plan that is not a concept got a status note after its creation (its second revision).
insert into activity (plan_id, theme_id, position, title, description, goal, owner, status_note)
select p.id, t.id, k, 'Activiteit ' || (k + 1) || ' van ' || p.year,
       'Een beschrijving van de activiteit, lang genoeg om op een echte te lijken.', 'Het doel van de activiteit.', 'Team OOV',
       case when k % 5 = 0 and p.state <> 'CONCEPT' then 'Loopt volgens planning; overleg met de partners gepland.' end
from execution_plan p
join bench_framework f on f.id = p.framework_id
cross join generate_series(0, 99) k
join bench_theme t on t.framework_id = p.framework_id and t.n = k % 16;

insert into activity (framework_id, theme_id, kind, position, title)
select f.id, t.id, 'MAIN_LINE', k, 'Meerjarige lijn ' || (k + 1)
from bench_framework f
cross join generate_series(0, 4) k
join bench_theme t on t.framework_id = f.id and t.n = k * 3;

create temp table bench_activity on commit drop as
select a.id, p.state from activity a join execution_plan p on p.id = a.plan_id join bench_framework f on f.id = p.framework_id
union all
select a.id, null from activity a join bench_framework f on f.id = a.framework_id;

create temp table shared_partner on commit drop as
select id, (row_number() over (order by id) - 1)::int as n from partner where municipality_id is null;

-- 1-3 distinct shared partners per activity (offsets 0, 11, 22 never collide; 5 is coprime with the 42 shared
-- partners, so all of them take part); the first leads now and then.
insert into activity_partner (activity_id, partner_id, role, position)
select a.id, s.id,
       case when j = 0 and a.id % 4 = 0 then 'TREKKER' when j = 0 and a.id % 4 = 1 then 'REGIE' else 'BETROKKEN' end, j
from bench_activity a
cross join generate_series(0, 2) j
join shared_partner s on s.n = (a.id * 5 + j * 11) % (select count(*) from shared_partner)
where j <= a.id % 3;

insert into evaluation (activity_id, moment, status, result_text, evaluated_at)
select id, 'YEAR_END',
       case when h < 70 then 'GREEN' when h < 90 then 'YELLOW' when h < 98 then 'RED' else 'NOT_EVALUATED' end,
       'Resultaat van het jaar.', now()
from (select id, (id * 37) % 100 as h from bench_activity where state = 'GEEVALUEERD') a;

insert into evaluation (activity_id, moment, status, result_text, evaluated_at)
select id, 'INTERIM', 'YELLOW', 'Tussenstand: loopt.', now()
from bench_activity where state = 'VASTGESTELD' and id % 3 = 0;

insert into kpi (plan_id, theme_id, position, name, unit, kind, comparator, baseline_value, baseline_year, target_value, target_year)
select p.id, t.id, i, 'Indicator ' || (i + 1), case when i < 2 then 'aantal' end,
       case when i < 2 then 'NUMERIC' else 'MILESTONE' end,
       case when i < 2 then 'AT_LEAST' end, case when i < 2 then 40 end, case when i < 2 then p.year - 1 end,
       case when i < 2 then 50 + i * 10 end, p.year
from execution_plan p
join bench_framework f on f.id = p.framework_id
cross join generate_series(0, 2) i
join bench_theme t on t.framework_id = p.framework_id and t.n = i;

insert into measurement (kpi_id, period, year, value, peildatum, source)
select k.id, case when half = 1 then 'eerste helft ' || p.year else p.year::text end, p.year,
       case when k.kind = 'NUMERIC' then 35 + half * 10 + k.position else half - 1 end,
       make_date(p.year, half * 6, 30), 'Eigen registratie'
from kpi k
join execution_plan p on p.id = k.plan_id and p.state <> 'CONCEPT'
join bench_framework f on f.id = p.framework_id
cross join generate_series(1, 2) half;

insert into budget_table (plan_id, title, year, printed_total_cents, position)
select p.id, 'Begroting ' || p.year, p.year, 10000000, 0
from execution_plan p join bench_framework f on f.id = p.framework_id;

insert into budget_line (budget_table_id, label, amount_cents, position)
select b.id, 'Post ' || (i + 1), 2500000, i
from budget_table b
join execution_plan p on p.id = b.plan_id
join bench_framework f on f.id = p.framework_id
cross join generate_series(0, 3) i;

-- History (Hibernate Envers), as if the municipality's own advisor and manager had made it all in the app: the
-- activity page's change list and every other history then reads among some 400,000 activity snapshots and 650,000
-- partner-link snapshots instead of only the seeded ones. Revisions per municipality: the framework set up (legend,
-- themes, multi-year lines); per plan its creation (the plan with its activities, partner links, KPIs and budget) by
-- the advisor; adoption and closing the evaluation by the manager (the plan's state); the year's work (measurements
-- and verdicts) by the advisor; and for every activity with a status note a revision of its own that added the note.
-- A revision's time is the epoch in milliseconds, as Envers writes it.
create temp table bench_framework_rev on commit drop as
select f.id as framework_id, m.id as municipality_id, m.slug, nextval('revinfo_seq')::int as rev
from policy_framework f join municipality m on m.id = f.municipality_id join bench_framework b on b.id = f.id;

insert into revinfo (rev, revtstmp, username)
select rev, (extract(epoch from timestamptz '2022-12-20 10:00+01') * 1000)::bigint, 'adviseur.' || slug
from bench_framework_rev;

insert into status_legend_aud (id, rev, revtype, municipality_id, status, label, symbol)
select l.id, r.rev, 0, l.municipality_id, l.status, l.label, l.symbol
from status_legend l join bench_framework_rev r on r.municipality_id = l.municipality_id;

insert into policy_framework_aud (id, rev, revtype, municipality_id, slug, title, subtitle, kind, first_year, last_year,
                                  adopted_by_council_on, mission, vision, success_factors, state)
select f.id, r.rev, 0, f.municipality_id, f.slug, f.title, f.subtitle, f.kind, f.first_year, f.last_year,
       f.adopted_by_council_on, f.mission, f.vision, f.success_factors, f.state
from policy_framework f join bench_framework_rev r on r.framework_id = f.id;

insert into theme_aud (id, rev, revtype, framework_id, parent_id, code, name, kind, kernbeleid_field, description, goal,
                       lead, position)
select t.id, r.rev, 0, t.framework_id, t.parent_id, t.code, t.name, t.kind, t.kernbeleid_field, t.description, t.goal,
       t.lead, t.position
from theme t join bench_framework_rev r on r.framework_id = t.framework_id;

create temp table bench_plan_rev on commit drop as
select p.id as plan_id, p.year, p.state, p.adopted_on, p.evaluated_on, r.slug,
       nextval('revinfo_seq')::int as created_rev,
       case when p.state <> 'CONCEPT' then nextval('revinfo_seq')::int end as adopted_rev,
       case when p.state <> 'CONCEPT' then nextval('revinfo_seq')::int end as work_rev,
       case when p.state = 'GEEVALUEERD' then nextval('revinfo_seq')::int end as evaluated_rev
from execution_plan p join bench_framework_rev r on r.framework_id = p.framework_id;

insert into revinfo (rev, revtstmp, username)
select created_rev, (extract(epoch from make_timestamptz(year - 1, 10, 1, 10, 0, 0, 'Europe/Amsterdam')) * 1000)::bigint,
       'adviseur.' || slug from bench_plan_rev
union all
select adopted_rev, (extract(epoch from adopted_on + time '11:00') * 1000)::bigint, 'manager.' || slug
from bench_plan_rev where adopted_rev is not null
union all
select work_rev, (extract(epoch from make_timestamptz(year, 12, 15, 14, 0, 0, 'Europe/Amsterdam')) * 1000)::bigint,
       'adviseur.' || slug from bench_plan_rev where work_rev is not null
union all
select evaluated_rev, (extract(epoch from evaluated_on + time '11:00') * 1000)::bigint, 'manager.' || slug
from bench_plan_rev where evaluated_rev is not null;

insert into execution_plan_aud (id, rev, revtype, framework_id, year, title, state, adopted_on, evaluated_on,
                                default_lead_partner_id)
select p.id, r.created_rev, 0, p.framework_id, p.year, p.title, 'CONCEPT', null::date, null::date,
       p.default_lead_partner_id
from execution_plan p join bench_plan_rev r on r.plan_id = p.id
union all
select p.id, r.adopted_rev, 1, p.framework_id, p.year, p.title, 'VASTGESTELD', p.adopted_on, null,
       p.default_lead_partner_id
from execution_plan p join bench_plan_rev r on r.plan_id = p.id where r.adopted_rev is not null
union all
select p.id, r.evaluated_rev, 1, p.framework_id, p.year, p.title, p.state, p.adopted_on, p.evaluated_on,
       p.default_lead_partner_id
from execution_plan p join bench_plan_rev r on r.plan_id = p.id where r.evaluated_rev is not null;

-- Activities: plan activities in their plan's creation, multi-year lines in the framework's set-up; the status note
-- came later (below).
create temp table bench_activity_rev on commit drop as
select a.id, r.created_rev as rev from activity a join bench_plan_rev r on r.plan_id = a.plan_id
union all
select a.id, r.rev from activity a join bench_framework_rev r on r.framework_id = a.framework_id;

insert into activity_aud (id, rev, revtype, plan_id, framework_id, theme_id, objective_id, kind, position, title,
                          description, goal, intended_result, owner, planning, deadline, status_note, carried_over_from_id)
select a.id, r.rev, 0, a.plan_id, a.framework_id, a.theme_id, a.objective_id, a.kind, a.position, a.title,
       a.description, a.goal, a.intended_result, a.owner, a.planning, a.deadline, null, a.carried_over_from_id
from activity a join bench_activity_rev r on r.id = a.id;

insert into activity_partner_aud (id, rev, revtype, activity_id, partner_id, role, wording, position)
select ap.id, r.rev, 0, ap.activity_id, ap.partner_id, ap.role, ap.wording, ap.position
from activity_partner ap join bench_activity_rev r on r.id = ap.activity_id;

create temp table bench_note_rev on commit drop as
select a.id, nextval('revinfo_seq')::int as rev, r.slug, r.year
from activity a join bench_plan_rev r on r.plan_id = a.plan_id
where a.status_note is not null;

insert into revinfo (rev, revtstmp, username)
select rev, (extract(epoch from make_timestamptz(year, 6, 1, 9, 0, 0, 'Europe/Amsterdam')) * 1000)::bigint + id % 86400000,
       'adviseur.' || slug
from bench_note_rev;

insert into activity_aud (id, rev, revtype, plan_id, framework_id, theme_id, objective_id, kind, position, title,
                          description, goal, intended_result, owner, planning, deadline, status_note, carried_over_from_id)
select a.id, n.rev, 1, a.plan_id, a.framework_id, a.theme_id, a.objective_id, a.kind, a.position, a.title,
       a.description, a.goal, a.intended_result, a.owner, a.planning, a.deadline, a.status_note, a.carried_over_from_id
from activity a join bench_note_rev n on n.id = a.id;

insert into evaluation_aud (id, rev, revtype, activity_id, moment, status, result_text, evaluated_by, evaluated_at)
select e.id, r.work_rev, 0, e.activity_id, e.moment, e.status, e.result_text, e.evaluated_by, e.evaluated_at
from evaluation e join activity a on a.id = e.activity_id join bench_plan_rev r on r.plan_id = a.plan_id;

insert into kpi_aud (id, rev, revtype, plan_id, framework_id, theme_id, objective_id, position, name, unit, source, kind,
                     comparator, baseline_value, baseline_text, baseline_year, target_value, target_text, target_year,
                     unit_kind)
select k.id, r.created_rev, 0, k.plan_id, k.framework_id, k.theme_id, k.objective_id, k.position, k.name, k.unit,
       k.source, k.kind, k.comparator, k.baseline_value, k.baseline_text, k.baseline_year, k.target_value, k.target_text,
       k.target_year, k.unit_kind
from kpi k join bench_plan_rev r on r.plan_id = k.plan_id;

insert into measurement_aud (id, rev, revtype, kpi_id, period, year, value, value_text, peildatum, source, note)
select ms.id, r.work_rev, 0, ms.kpi_id, ms.period, ms.year, ms.value, ms.value_text, ms.peildatum, ms.source, ms.note
from measurement ms join kpi k on k.id = ms.kpi_id join bench_plan_rev r on r.plan_id = k.plan_id;

insert into budget_table_aud (id, rev, revtype, plan_id, framework_id, title, year, printed_total_cents, position)
select b.id, r.created_rev, 0, b.plan_id, b.framework_id, b.title, b.year, b.printed_total_cents, b.position
from budget_table b join bench_plan_rev r on r.plan_id = b.plan_id;

insert into budget_line_aud (id, rev, revtype, budget_table_id, theme_id, label, amount_cents, amount_text, remark, position)
select l.id, r.created_rev, 0, l.budget_table_id, l.theme_id, l.label, l.amount_cents, l.amount_text, l.remark, l.position
from budget_line l join budget_table b on b.id = l.budget_table_id join bench_plan_rev r on r.plan_id = b.plan_id;

commit;
-- Statistics for the planner, and the visibility map: until a vacuum has run, every index-only lookup of a fresh row
-- also reads the table, which made /regio three times slower right after loading.
vacuum analyze;

select (select count(*) from municipality where slug like 'bench-%') as municipalities,
       (select count(*) from execution_plan) as plans,
       (select count(*) from activity where plan_id is not null) as plan_activities,
       (select count(*) from activity_partner) as partner_links,
       (select count(*) from evaluation) as evaluations,
       (select count(*) from kpi) as kpis,
       (select count(*) from measurement) as measurements,
       (select count(*) from budget_line) as budget_lines,
       (select count(*) from revinfo) as revisions,
       (select count(*) from activity_aud) as activity_history,
       (select count(*) from activity_partner_aud) as partner_link_history,
       (select count(*) from evaluation_aud) as evaluation_history;
