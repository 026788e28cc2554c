-- The four seeded municipalities of Veiligheidsregio Haaglanden, their verdict legends, and the
-- organisations that more than one of them works with. Seed migrations of the documents (V3 and later)
-- find these rows by municipality slug and partner key; a document that names an organisation not in
-- this list adds it with "on conflict (key) do nothing", so the same organisation is always one row.
-- Judgement calls are written down in docs/seed-derivations.md.

insert into municipality (slug, name, cbs_code, safety_region, publish_publicly) values
    ('wassenaar',             'Wassenaar',             'GM0629', 'Veiligheidsregio Haaglanden', true),
    ('rijswijk',              'Rijswijk',              'GM0603', 'Veiligheidsregio Haaglanden', true),
    ('westland',              'Westland',              'GM1783', 'Veiligheidsregio Haaglanden', true),
    ('leidschendam-voorburg', 'Leidschendam-Voorburg', 'GM1916', 'Veiligheidsregio Haaglanden', true);

-- Wassenaar's legend as printed in its Uitvoeringsplan IVB 2026 (Groen / Geel / Rood).
insert into status_legend (municipality_id, status, label, symbol)
select m.id, l.status, l.label, l.symbol
from municipality m
cross join (values
    ('GREEN',         'Gereed',                                '✔'),
    ('YELLOW',        'Op schema 2026/2027',                   '➜'),
    ('RED',           'Niet uitgevoerd/vindt geen doorgang',   '✖'),
    ('NOT_EVALUATED', 'Nog niet beoordeeld',                   '○')
) as l (status, label, symbol)
where m.slug = 'wassenaar';

-- The other documents print no legend: a neutral default that their administrators can change.
insert into status_legend (municipality_id, status, label, symbol)
select m.id, l.status, l.label, l.symbol
from municipality m
cross join (values
    ('GREEN',         'Gereed',               '✔'),
    ('YELLOW',        'Loopt door',           '➜'),
    ('RED',           'Niet uitgevoerd',      '✖'),
    ('NOT_EVALUATED', 'Nog niet beoordeeld',  '○')
) as l (status, label, symbol)
where m.slug <> 'wassenaar';

insert into partner (key, name, kind) values
    ('politie',                           'Politie',                                                  'EXTERNAL'),
    ('openbaar-ministerie',               'Openbaar Ministerie',                                      'EXTERNAL'),
    ('riec-haaglanden',                   'Regionaal Informatie- en Expertise Centrum (RIEC) Haaglanden', 'EXTERNAL'),
    ('heit',                              'Haags Economisch Interventieteam (HEIT)',                  'EXTERNAL'),
    ('veiligheidsregio-haaglanden',       'Veiligheidsregio Haaglanden',                              'EXTERNAL'),
    ('brandweer-haaglanden',              'Brandweer Haaglanden',                                     'EXTERNAL'),
    ('halt',                              'Halt',                                                     'EXTERNAL'),
    ('ggd-haaglanden',                    'GGD Haaglanden',                                           'EXTERNAL'),
    ('zorg-en-veiligheidshuis-haaglanden','Zorg- en Veiligheidshuis Haaglanden',                      'EXTERNAL'),
    ('rsiv',                              'Regionaal samenwerkingsverband integrale veiligheid (RSIV)', 'EXTERNAL'),
    ('belastingdienst',                   'Belastingdienst',                                          'EXTERNAL'),
    ('woningcorporaties',                 'Woningcorporaties',                                        'EXTERNAL'),
    ('ggz',                               'GGZ-instellingen',                                         'EXTERNAL'),
    ('reclassering',                      'Reclassering',                                             'EXTERNAL'),
    ('veilig-thuis-haaglanden',           'Veilig Thuis Haaglanden',                                  'EXTERNAL');
