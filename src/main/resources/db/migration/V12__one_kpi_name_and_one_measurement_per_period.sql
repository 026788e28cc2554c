-- Input that makes no sense is refused (issue 14). The forms check these rules and say so next to the field; the
-- unique indexes hold them when two people save at the same moment. docs/seed-derivations.md, section 'V12'.

-- A plan names each KPI once. Two KPIs of a plan may share a name only when they count in different units: Rijswijk's
-- 2026 plan prints 'Stichting Halt heeft 20 individuele preventietrajecten en 20 voorlichtingslessen op school
-- uitgevoerd.' as one KPI with two targets, seeded as two rows with the same name (V5). Case and outer spaces do not
-- make a name new. The name is indexed by its md5: a KPI name is free text up to 1000 characters, longer than a
-- B-tree index entry may be.
create unique index kpi_name_once_per_plan_idx
    on kpi (plan_id, md5(lower(btrim(name))), lower(coalesce(btrim(unit), '')))
    where plan_id is not null;

-- A KPI has one measured value per period and year ('2025', 'Eerste helft 2025'); a measurement without a year
-- ('afgelopen jaar') counts once too.
create unique index measurement_once_per_period_idx
    on measurement (kpi_id, lower(btrim(period)), year) nulls not distinct;
