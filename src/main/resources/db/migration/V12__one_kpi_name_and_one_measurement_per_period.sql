-- Input that makes no sense is refused (issue 14). The forms check these rules and say so next to the field; the
-- unique indexes hold them when two people save at the same moment. docs/seed-derivations.md, section 'V12'.

-- A plan names each KPI once. Two KPIs of a plan may share a name only when they count in different units: Rijswijk's
-- 2026 plan prints 'Stichting Halt heeft 20 individuele preventietrajecten en 20 voorlichtingslessen op school
-- uitgevoerd.' as one KPI with two targets, seeded as two rows with the same name (V5). Case and outer spaces do not
-- make a name new. The name is indexed by its md5: a KPI name is free text up to 1000 characters, longer than a
-- B-tree index entry may be.
-- Input the forms accepted before this rule existed may break it. Such a later KPI or measurement is renamed with
-- ' (2)', ' (3)' ... behind its name or period (nothing is deleted), and the rename is kept in the history as a
-- revision by 'migratie'. The seeded documents hold no such pair.
do $$
declare
    v_rev integer;
begin
    create temporary table renamed_kpi on commit drop as
    select id, name || ' (' || n || ')' as name
    from (select k.id, k.name, row_number() over (partition by k.plan_id, md5(lower(btrim(k.name))), k.unit_kind,
                                                  lower(coalesce(btrim(k.unit), '')) order by k.id) as n
          from kpi k where k.plan_id is not null) numbered
    where n > 1;
    create temporary table renamed_measurement on commit drop as
    select id, left(period, 34) || ' (' || n || ')' as period
    from (select m.id, m.period, row_number() over (partition by m.kpi_id, lower(btrim(m.period)), m.year
                                                    order by m.id) as n
          from measurement m) numbered
    where n > 1;
    if exists (select 1 from renamed_kpi) or exists (select 1 from renamed_measurement) then
        insert into revinfo (rev, revtstmp, username)
        values (nextval('revinfo_seq'), (extract(epoch from now()) * 1000)::bigint, 'migratie')
        returning rev into v_rev;
        update kpi k set name = r.name, version = k.version + 1 from renamed_kpi r where r.id = k.id;
        update measurement m set period = r.period, version = m.version + 1 from renamed_measurement r where r.id = m.id;
        insert into kpi_aud (id, rev, revtype, plan_id, framework_id, theme_id, objective_id, position, name, unit,
                             unit_kind, source, kind, comparator, baseline_value, baseline_text, baseline_year,
                             target_value, target_text, target_year)
        select k.id, v_rev, 1, k.plan_id, k.framework_id, k.theme_id, k.objective_id, k.position, k.name, k.unit,
               k.unit_kind, k.source, k.kind, k.comparator, k.baseline_value, k.baseline_text, k.baseline_year,
               k.target_value, k.target_text, k.target_year
        from kpi k join renamed_kpi r on r.id = k.id;
        insert into measurement_aud (id, rev, revtype, kpi_id, period, year, value, value_text, peildatum, source, note)
        select m.id, v_rev, 1, m.kpi_id, m.period, m.year, m.value, m.value_text, m.peildatum, m.source, m.note
        from measurement m join renamed_measurement r on r.id = m.id;
    end if;
end $$;

create unique index kpi_name_once_per_plan_idx
    on kpi (plan_id, md5(lower(btrim(name))), unit_kind, lower(coalesce(btrim(unit), '')))
    where plan_id is not null;

-- A KPI has one measured value per period and year ('2025', 'Eerste helft 2025'); a measurement without a year
-- ('afgelopen jaar') counts once too.
create unique index measurement_once_per_period_idx
    on measurement (kpi_id, lower(btrim(period)), year) nulls not distinct;
