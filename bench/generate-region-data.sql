-- Benchmark data, NOT a migration: 400 municipalities x 8 plans x 100 activities (320,000 plan activities), on top of
-- the seeded four. Run it with psql against a database that Flyway has migrated (see bench/README.md). It is
-- idempotent: everything it made before (municipalities 'bench-001' .. 'bench-400') is deleted first, in the same
-- transaction. The seeded data is left alone.
--
-- Shape per municipality: one framework 2023-2030 with 16 themes (two per Kernbeleid field, one without a field, five
-- sub-themes without a field of their own) and 5 multi-year lines; plans 2023-2026 GEEVALUEERD (year-end verdicts on
-- every activity: 70% green, 20% yellow, 8% red, 2% not evaluated), 2027-2028 VASTGESTELD (interim verdicts on a
-- third), 2029-2030 CONCEPT. Every activity has 1-3 shared partners. Every plan has 3 KPIs (measured unless concept)
-- and a budget table of 4 lines. Every 25th municipality lies in Veiligheidsregio Haaglanden (16 in all), the rest in
-- 24 'Benchregio' regions, so /regio aggregates 20 municipalities while 384 others fill the tables around them.
\set ON_ERROR_STOP on
begin;

-- Reset: plans first (their activities, KPIs, budget tables and objectives cascade), then the frameworks (themes and
-- multi-year lines cascade), then the demo accounts that the app made for them at start-up, then the municipalities
-- (legends cascade).
delete from execution_plan where framework_id in
    (select f.id from policy_framework f join municipality m on m.id = f.municipality_id where m.slug like 'bench-%');
delete from policy_framework where municipality_id in (select id from municipality where slug like 'bench-%');
delete from app_user where municipality_id in (select id from municipality where slug like 'bench-%');
delete from municipality where slug like 'bench-%';

insert into municipality (slug, name, cbs_code, safety_region)
select 'bench-' || lpad(n::text, 3, '0'), 'Benchgemeente ' || lpad(n::text, 3, '0'), 'GM' || (5000 + n),
       case when n % 25 = 0 then 'Veiligheidsregio Haaglanden' else 'Benchregio ' || lpad((n % 25)::text, 2, '0') end
from generate_series(1, 400) n;

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

insert into activity (plan_id, theme_id, position, title, description, goal, owner)
select p.id, t.id, k, 'Activiteit ' || (k + 1) || ' van ' || p.year,
       'Een beschrijving van de activiteit, lang genoeg om op een echte te lijken.', 'Het doel van de activiteit.', 'Team OOV'
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
       (select count(*) from budget_line) as budget_lines;
