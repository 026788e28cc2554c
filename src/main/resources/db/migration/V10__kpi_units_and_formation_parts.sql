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

-- The history baseline ('brondocument') describes the documents: it gets the same reading. Later revisions keep
-- what they recorded.
update kpi_aud a set unit_kind = k.unit_kind, unit = k.unit from kpi k
where a.id = k.id and a.rev = (select min(rev) from revinfo where username = 'brondocument');
update measurement_aud a set year = m.year, note = m.note from measurement m
where a.id = m.id and a.year is null and a.rev = (select min(rev) from revinfo where username = 'brondocument');
update capacity_line_aud a set organisation = l.organisation, part_of_id = l.part_of_id from capacity_line l
where a.id = l.id and a.rev = (select min(rev) from revinfo where username = 'brondocument');
