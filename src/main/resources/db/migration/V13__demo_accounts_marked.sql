-- Demo accounts are marked, so that a run with IVB_DEMO_ACCOUNTS=false can switch off the ones an earlier run created
-- (they share a published password). Accounts made before this migration are recognised by the names DemoAccounts
-- gives them: 'beheerder' and adviseur./manager./raadslid. followed by a municipality's slug.
alter table app_user add column demo boolean not null default false;

update app_user u set demo = true
where u.username = 'beheerder'
   or exists (select 1 from municipality m
              where u.username in ('adviseur.' || m.slug, 'manager.' || m.slug, 'raadslid.' || m.slug));
