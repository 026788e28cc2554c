-- Figures a council can trust (issue 14): a KPI says in which unit it counts, so that 7,4 stays a report mark with
-- its decimal and 50 stays a percentage; a formation line can be part of a 'totaal, waarvan ...' line and belongs to
-- the municipality or to the police, so totals neither add a total to its own parts nor mix the two organisations.
-- docs/seed-derivations.md, section 'V10', records the choices made for the seeded documents.

alter table kpi add column unit_kind varchar(24) not null default 'COUNT'
    check (unit_kind in ('COUNT', 'PERCENTAGE', 'GRADE', 'MONTHS', 'PER_1000_INHABITANTS', 'EUROS', 'OTHER'));
alter table kpi_aud add column unit_kind varchar(24);

alter table capacity_line add column organisation varchar(16) not null default 'MUNICIPALITY'
    check (organisation in ('MUNICIPALITY', 'POLICE', 'OTHER'));
alter table capacity_line add column part_of_id bigint references capacity_line (id) on delete set null
    check (part_of_id <> id);
create index capacity_line_part_of_idx on capacity_line (part_of_id);
alter table capacity_line_aud add column organisation varchar(16);
alter table capacity_line_aud add column part_of_id bigint;

-- The seeded units as the documents print them: the unit text stays where it names what is counted
-- ('meldingen per jaar'); where it only named the unit itself, the unit kind says it now.
update kpi set unit_kind = case unit
        when '%' then 'PERCENTAGE'
        when 'rapportcijfer' then 'GRADE'
        when 'maanden' then 'MONTHS'
        when 'per 1.000 inwoners' then 'PER_1000_INHABITANTS'
        else 'COUNT' end;
update kpi set unit = null where unit in ('%', 'rapportcijfer', 'maanden', 'per 1.000 inwoners');

-- Leidschendam-Voorburg prints four figures without a year ('afgelopen jaar', 'de laatste jaren', 'de afgelopen
-- jaren'). The document's newest dated figure is of 2018 (woninginbraken), so it was written in 2019 and these
-- figures describe 2018; the period keeps the printed words.
update measurement m set year = 2018,
    note = replace(m.note, 'het jaar is daarom leeg gelaten.',
                   'als jaar geldt 2018, het nieuwste jaar waarvan het document cijfers noemt.')
from kpi k join policy_framework f on f.id = k.framework_id
where m.kpi_id = k.id and f.slug = 'ivb-2020-2022' and m.year is null
  and m.period in ('afgelopen jaar', 'de laatste jaren', 'de afgelopen jaren');

-- Rijswijk's police formation: 'Formatie (totaal, waaronder…)' holds the three lines below it.
update capacity_line l set organisation = 'POLICE'
where l.group_name = 'Politie basisteam Rijswijk';
update capacity_line part set part_of_id = total.id
from capacity_line total
where total.capacity_table_id = part.capacity_table_id and total.group_name = 'Politie basisteam Rijswijk'
  and total.function_name like 'Formatie (totaal, waaronder%' and part.group_name = 'Politie basisteam Rijswijk'
  and part.id <> total.id;

-- The history baseline ('brondocument') describes the documents: it gets the same reading, derived from what the
-- baseline itself recorded, so a later edit by a user never moves into the document's state. A KPI, measurement or
-- formation line that users have changed since (it has more than its baseline in the history) gets a revision by
-- 'migratie' with the state this migration gave it, so that the next save is not shown as the user's change.
update kpi_aud a set unit_kind = case a.unit
        when '%' then 'PERCENTAGE'
        when 'rapportcijfer' then 'GRADE'
        when 'maanden' then 'MONTHS'
        when 'per 1.000 inwoners' then 'PER_1000_INHABITANTS'
        else 'COUNT' end,
    unit = case when a.unit in ('%', 'rapportcijfer', 'maanden', 'per 1.000 inwoners') then null else a.unit end
where a.rev = (select min(rev) from revinfo where username = 'brondocument');

update measurement_aud a set year = 2018,
    note = replace(a.note, 'het jaar is daarom leeg gelaten.',
                   'als jaar geldt 2018, het nieuwste jaar waarvan het document cijfers noemt.')
from kpi k join policy_framework f on f.id = k.framework_id
where a.kpi_id = k.id and f.slug = 'ivb-2020-2022' and a.year is null
  and a.period in ('afgelopen jaar', 'de laatste jaren', 'de afgelopen jaren')
  and a.rev = (select min(rev) from revinfo where username = 'brondocument');

update capacity_line_aud a
set organisation = case when a.group_name = 'Politie basisteam Rijswijk' then 'POLICE' else 'MUNICIPALITY' end
where a.rev = (select min(rev) from revinfo where username = 'brondocument');
update capacity_line_aud part set part_of_id = total.id
from capacity_line_aud total
where total.rev = part.rev and total.capacity_table_id = part.capacity_table_id
  and total.group_name = 'Politie basisteam Rijswijk' and total.function_name like 'Formatie (totaal, waaronder%'
  and part.group_name = 'Politie basisteam Rijswijk' and part.id <> total.id
  and part.rev = (select min(rev) from revinfo where username = 'brondocument');

do $$
declare
    v_baseline integer := (select min(rev) from revinfo where username = 'brondocument');
    v_rev integer;
begin
    create temporary table edited_kpi on commit drop as
    select distinct id from kpi_aud where rev <> coalesce(v_baseline, -1);
    create temporary table edited_measurement on commit drop as
    select distinct a.id from measurement_aud a join measurement m on m.id = a.id
    join kpi k on k.id = m.kpi_id join policy_framework f on f.id = k.framework_id
    where a.rev <> coalesce(v_baseline, -1) and f.slug = 'ivb-2020-2022'
      and m.period in ('afgelopen jaar', 'de laatste jaren', 'de afgelopen jaren');
    create temporary table edited_capacity_line on commit drop as
    select distinct id from capacity_line_aud where rev <> coalesce(v_baseline, -1);
    if not exists (select 1 from edited_kpi) and not exists (select 1 from edited_measurement)
       and not exists (select 1 from edited_capacity_line) then
        return;
    end if;
    insert into revinfo (rev, revtstmp, username)
    values (nextval('revinfo_seq'), (extract(epoch from now()) * 1000)::bigint, 'migratie')
    returning rev into v_rev;
    insert into kpi_aud (id, rev, revtype, plan_id, framework_id, theme_id, objective_id, position, name, unit,
                         unit_kind, source, kind, comparator, baseline_value, baseline_text, baseline_year,
                         target_value, target_text, target_year)
    select k.id, v_rev, 1, k.plan_id, k.framework_id, k.theme_id, k.objective_id, k.position, k.name, k.unit,
           k.unit_kind, k.source, k.kind, k.comparator, k.baseline_value, k.baseline_text, k.baseline_year,
           k.target_value, k.target_text, k.target_year
    from kpi k join edited_kpi e on e.id = k.id;
    insert into measurement_aud (id, rev, revtype, kpi_id, period, year, value, value_text, peildatum, source, note)
    select m.id, v_rev, 1, m.kpi_id, m.period, m.year, m.value, m.value_text, m.peildatum, m.source, m.note
    from measurement m join edited_measurement e on e.id = m.id;
    insert into capacity_line_aud (id, rev, revtype, capacity_table_id, group_name, function_name, fte_existing,
                                   fte_added, remark, position, organisation, part_of_id)
    select l.id, v_rev, 1, l.capacity_table_id, l.group_name, l.function_name, l.fte_existing, l.fte_added, l.remark,
           l.position, l.organisation, l.part_of_id
    from capacity_line l join edited_capacity_line e on e.id = l.id;
end $$;
