-- Seed: Westland, "Westlands Veiligheidsbeleid 2019-2022" ('Veiligheid begint bij jezelf'), the college's
-- multi-year integral safety policy of december 2018 (concept 131118). It has no yearly plans: everything
-- hangs on the framework 'veiligheidsbeleid-2019-2022' (framework_id), nothing on an execution_plan.
-- Source: /work/shared/seeds/003_d5956e2379141827.txt (text extracted from the published PDF).
-- Every judgement call is written down in docs/seed-derivations.md; line numbers in the comments
-- below refer to the source file.
--
-- What goes where:
--   - every chapter, paragraph and sub-heading -> narrative_section (document order, level 1-4); prose that
--     belongs to a structured row is stored on that row only: a theme's introduction in theme.description,
--     its 'Doelstelling 2022' text as objective, its bullets as activities, its indicator table as KPIs;
--   - 4 priority themes (chapter 5, 5.1 with sub-themes a/b/c) and 8 going-concern themes (chapter 6, 6.4
--     with its four printed sub-headings as sub-themes without code);
--   - 'Hoofdlijnen' bullets -> activity kind MAIN_LINE; 'We versterken dit door...' bullets -> APPROACH;
--     the 'Dat betekent...' lists of the 'veiligheid begint bij je zelf' boxes (what residents and
--     entrepreneurs do themselves) stay narrative;
--   - indicator tables -> kpi (baseline value + year, comparator from '≤'/'≥', target 2022); each baseline
--     also as a measurement (period = the baseline year, note 'uitgangswaarde ...');
--   - 7.3 Begroting as narrative and its three dekking items as budget lines (one amount: € 525.000);
--   - Bijlage 1 (Kernbeleid Veiligheid table) as a narrative section; it also sets theme.kernbeleid_field.
--
-- Repairs of extraction damage (nothing else was changed; the document's own typos stay, e.g. ’boa’s with a
-- leading apostrophe, 'Voorbeeldgedag', 'reltief', 'Veilgheidsregio', 'het houden va brandveiligheidstoezicht',
-- 'WhatsApp-buurpreventie', '% 12-18=jarigen', 'in beeld blijft,,', 'We richten we ons'):
--   - spaces inside words ('W est land', 've i l igheid', 'p r ior i ta i re', 'Over las t'): removed with a
--     dictionary-driven re-segmentation and then checked by reading every sentence (method and the list of
--     manual corrections in the derivations note);
--   - spaces before punctuation and inside quotes/brackets ('onveiligheid ,', '‘ veiligheidszintuig ’',
--     '( respectievelijk', 'zo ’n', '1 .000', '7 ,4') removed;
--   - words and sentences wrapped across lines and pages joined; hyphens at a line end that belong to a
--     compound ('ex-' + 'gedetineerden', 'BIBOB-' + 'instrumentarium') kept as hyphen;
--   - footnote 3 was extracted in a broken font encoding ('theŵa’s zijŶ Ŷaar voreŶ'): ŵ -> m, Ŷ -> n,
--     Ǉ -> y, ǆ -> x; footnote markers that were extracted on their own line are written as ¹ ² ³ and the
--     footnotes are appended to the section that refers to them;
--   - private-use bullet glyphs (U+F0B7, U+F02D, U+F0FC) and the 'o' list markers -> list items ("- ");
--     the decorative ● and ▶ before headings dropped;
--   - the page footer 'Westlands Veiligheidsbeleid 2019-2022 – concept 131118 / p. 30' dropped.

-- Organisations the document ties to an approach line that are not in V2 --------------------------------

-- Westland's own teams and local partnerships.
insert into partner (key, name, kind, municipality_id)
select p.key, p.name, p.kind, m.id
from municipality m
cross join (values
    ('westland-sociaal-kernteam',              'Sociaal Kernteam (SKT)',                     'INTERNAL'),
    ('westland-veiligheidskamer',              'Veiligheidskamer (Westland)',                'INTERNAL'),
    ('westland-leefbaarheidskringen',          'Leefbaarheidskringen',                       'EXTERNAL'),
    ('westland-buurtpreventieverenigingen',    'Buurtpreventieverenigingen',                 'EXTERNAL'),
    ('westland-werkgroep-alcoholpreventie',    'Werkgroep Alcoholpreventie',                 'EXTERNAL'),
    ('westland-reddingsbrigades',              'Reddingsbrigades',                           'EXTERNAL'),
    ('mkb-westland',                           'MKB Westland',                               'EXTERNAL'),
    ('westlandse-vereniging-van-uitzenders',   'Westlandse Vereniging van Uitzenders (WVU)', 'EXTERNAL')
) as p (key, name, kind)
where m.slug = 'westland'
on conflict (key) do nothing;

-- Organisations that work across municipalities (municipality_id NULL).
insert into partner (key, name, kind) values
    ('fiod',                    'FIOD',                                                          'EXTERNAL'),
    ('nctv',                    'Nationaal Coördinator Terrorismebestrijding en Veiligheid (NCTV)', 'EXTERNAL'),
    ('royal-floraholland',      'Royal FloraHolland',                                            'EXTERNAL'),
    ('lto-glaskracht-noord',    'LTO Glaskracht Noord',                                          'EXTERNAL'),
    ('veilig-verkeer-nederland','Veilig Verkeer Nederland',                                      'EXTERNAL'),
    ('provincie-zuid-holland',  'Provincie Zuid-Holland',                                        'EXTERNAL')
on conflict (key) do nothing;


do $$
declare
    v_municipality  bigint;
    v_framework     bigint;
    v_t51           bigint;
    v_t51a          bigint;
    v_t51b          bigint;
    v_t51c          bigint;
    v_t52           bigint;
    v_t53           bigint;
    v_t54           bigint;
    v_t61           bigint;
    v_t62           bigint;
    v_t63           bigint;
    v_t64           bigint;
    v_t64a          bigint;
    v_t64b          bigint;
    v_t64c          bigint;
    v_t64d          bigint;
    v_t65           bigint;
    v_t66           bigint;
    v_t67           bigint;
    v_t68           bigint;
    v_activity      bigint;
    v_kpi           bigint;
    v_budget        bigint;
begin
    select id into strict v_municipality from municipality where slug = 'westland';

    -- Framework ------------------------------------------------------------------------------------
    -- Title as printed in the foreword and the page footer; subtitle = the title-page slogan (line 1).
    -- No council adoption date is printed (the text is the college's concept of december 2018).
    insert into policy_framework (municipality_id, slug, title, subtitle, kind, first_year, last_year)
    values (v_municipality, 'veiligheidsbeleid-2019-2022', 'Westlands Veiligheidsbeleid 2019-2022',
            'Veiligheid begint bij jezelf', 'INTEGRAL_SAFETY', 2019, 2022)
    returning id into v_framework;

    -- Themes in printed order (position = document order over all themes; sub-themes follow their parent).
    -- kernbeleid_field from Bijlage 1 (see docs/seed-derivations.md).

    -- 5.1 Veilige en leefbare dorpen (lines 1120-1132)
    insert into theme (framework_id, parent_id, code, name, kind, kernbeleid_field, description, position)
    values (v_framework, null, '5.1', 'Veilige en leefbare dorpen', 'PRIORITY', 1,
'De veiligheid en leefbaarheid van onze dorpen zijn in veel opzichten van een goed niveau. Toch hebben we ook belangrijke aandachtspunten en verbeterpunten geconstateerd – reden waarom we dit thema hebben geprioriteerd. We richten we ons op drie deelthema’s in het bijzonder, namelijk (a) Overlast, geweld op het snijvlak van zorg & veiligheid, (b) Woninginbraak en andere high impact-delicten en (c) Leefbaarheid en verkeersveiligheid.', 0)
    returning id into v_t51;

    -- 5.1 a Overlast, geweld op het snijvlak van zorg & veiligheid (lines 1136-1154)
    insert into theme (framework_id, parent_id, code, name, kind, kernbeleid_field, description, position)
    values (v_framework, v_t51, '5.1 a', 'Overlast, geweld op het snijvlak van zorg & veiligheid', 'PRIORITY', 1,
'Bij dit deelthema ligt het accent op complexe sociale gevallen - individuen of gezinnen - waarbij sprake is van overlast en soms ook geweld. De overlast kan betrekking hebben op geluid, stank en andere vormen van verloedering en verbale uitingen. Psychiatrische factoren spelen vaak een rol, net als alcohol en/of drugs. Zowel de veiligheid van deze personen zelf als die van de omgeving kan in het gedrang zijn. Dit soort complexe, soms snel escalerende situaties kunnen een stevige wissel trekken op de veiligheid en leefbaarheid van dorpen. Door onder meer extramuralisatie in de zorg en groeiende complexiteit, in bepaalde opzichten zelfs ‘tweedeling’ van de samenleving, komt dit fenomeen vaker voor dan in het verleden. We intensiveren onze aanpak op dit thema.', 1)
    returning id into v_t51a;

    -- 5.1 b Woninginbraak en andere high impact-delicten (lines 1290-1306)
    insert into theme (framework_id, parent_id, code, name, kind, kernbeleid_field, description, position)
    values (v_framework, v_t51, '5.1 b', 'Woninginbraak en andere high impact-delicten', 'PRIORITY', 1,
'Dit deelthema omvat woninginbraak, overval en straatroof en andere vormen van geweld. Het aantal woninginbraken is de laatste jaren, in lijn met landelijke ontwikkelingen, afgenomen. Soms is er een uitschieter, vaak met aanwijsbare oorzaken. Toch moeten we stevige aandacht behouden voor deze vorm van criminaliteit. De impact van een inbraak is immers groot en ook de criminaliteit zelf blijft zich ontwikkelen. We blijven innoveren op dit onderwerp, samen met professionals en inwoners. Het aantal overvallen en straatroven is verhoudingsgewijs wat minder hoog in Westland. Andere geweldsvormen zoals huiselijk geweld en uitgaansgeweld nemen we mee bij andere (prioritaire) thema’s in dit veiligheidsbeleid.', 2)
    returning id into v_t51b;

    -- 5.1 c Leefbaarheid en verkeersveiligheid (lines 1426-1438)
    insert into theme (framework_id, parent_id, code, name, kind, kernbeleid_field, description, position)
    values (v_framework, v_t51, '5.1 c', 'Leefbaarheid en verkeersveiligheid', 'PRIORITY', 1,
'Veiligheid kent een sterke verbinding met leefbaarheid: een geordende, fijne woonomgeving is bevorderlijk voor het veiligheidsgevoel maar maakt ook dat inwoners zich actiever bekommeren om die omgeving en reageren op ongewenst gedrag (sociale controle). Aantastingen van deze leefbaarheid en kwaliteit kunnen onder meer gelegen zijn in woonoverlast als gevolg van burenruzie en botsende leefstijlen, verloedering van de woonomgeving en verkeersonveiligheid en –overlast.', 3)
    returning id into v_t51c;

    -- 5.2 Veilig uitgaan en veilige evenementen (lines 1572-1595)
    insert into theme (framework_id, parent_id, code, name, kind, kernbeleid_field, description, position)
    values (v_framework, null, '5.2', 'Veilig uitgaan en veilige evenementen', 'PRIORITY', 2,
'We hebben als gemeente jaarlijks meerdere grote evenementen in onze gemeente. Denk aan de feestweken maar bijvoorbeeld ook aan het Varend Corso. Deze evenementen dragen veel bij aan de levendigheid van onze dorpen en verleiden ook mensen van elders Westland te komen bezoeken. Dit heeft vanzelfsprekend grote meerwaarde voor onze gemeente, zowel sociaal als economisch. Tegelijkertijd brengen deze evenementen onvermijdelijk veiligheidsrisico’s met zich mee, op het vlak van openbare orde, fysieke veiligheid zoals brand- en waterveiligheid, en overlast. Het grote aantal bezoekers, alcohol en geluidsvolumes vormen oorzaken. Om als gemeente, als inwoners en ondernemers optimaal te kunnen profiteren van de sterke kanten van uitgaan en evenementen, moeten we de veiligheidsbasis daarvan scherp in beeld houden en consequent effectueren. Dat is de inzet vanuit dit veiligheidsbeleid.', 4)
    returning id into v_t52;

    -- 5.3 Problematische jeugd en jeugdgroepen (lines 1713-1736)
    insert into theme (framework_id, parent_id, code, name, kind, kernbeleid_field, description, position)
    values (v_framework, null, '5.3', 'Problematische jeugd en jeugdgroepen', 'PRIORITY', 3,
'Jeugd is enerzijds oorzaak, ‘dader’ van onveiligheid, anderzijds slachtoffer. Deze ambivalentie is onontkoombaar en het noodzakelijke kompas van onze aanpak. Aan de daderkant zien we overlast en soms ook criminaliteit. Dit kan zich concentreren op specifieke locaties in onze gemeente. Groepen kunnen daadwerkelijk intimiderend richting omgeving en professionals zijn. Sommige jongeren ‘groeien door’, komen in aanraking met criminele netwerken. Aan de slachtofferkant zien we soms kwetsbaarheid door problematische omstandigheden thuis en op school, mogelijk GGZ-factoren, alcohol- en drugsvraagstukken. Essentie: er is altijd een integrale, groeps- én persoonsgerichte aanpak nodig met zowel preventieve als repressieve componenten, strafrechtelijke én zorgcomponenten. Een aanpak die zich richt op de jongere in de groep maar ook de jongere thuis, op school en werk, bij sport en bij het uitgaan.', 5)
    returning id into v_t53;

    -- 5.4 Ondermijning (lines 1884-1903)
    insert into theme (framework_id, parent_id, code, name, kind, kernbeleid_field, description, position)
    values (v_framework, null, '5.4', 'Ondermijning', 'PRIORITY', 5,
'Fenomenen als drugsproductie en -handel, mensenhandel en arbeidsuitbuiting gaan óók aan Westland niet voorbij. De precieze aard en omvang zijn, zoals gebruikelijk bij deze fenomenen, niet goed vast te stellen. Er zijn diffuse verbindingen met de samenleving en economie. Georganiseerde criminaliteit werkt ondermijnend als de werking van overheidsinstrumenten erdoor aangetast wordt en de integriteit en veiligheid van publieke taken onder druk staan. We hebben in afgelopen jaren al belangrijke stappen gezet om de georganiseerde, ondermijnende criminaliteit terug te dringen, de speelruimte te ontnemen. Vervolgstappen zijn nodig. We kunnen de activiteiten en invloed van criminele netwerken nog effectiever ontregelen.', 6)
    returning id into v_t54;

    -- 6.1 Veilig winkelgebied, veilige bedrijventerreinen (lines 2059-2065)
    insert into theme (framework_id, parent_id, code, name, kind, kernbeleid_field, description, position)
    values (v_framework, null, '6.1', 'Veilig winkelgebied, veilige bedrijventerreinen', 'GOING_CONCERN', 2,
'Hoofdlijnen van onze aanpak van de veiligheid van winkelgebieden en bedrijventerreinen zijn:', 7)
    returning id into v_t61;

    -- 6.2 Veilig toerisme, veilige recreatie (lines 2113-2117)
    insert into theme (framework_id, parent_id, code, name, kind, kernbeleid_field, description, position)
    values (v_framework, null, '6.2', 'Veilig toerisme, veilige recreatie', 'GOING_CONCERN', 2,
'Hoofdlijnen van onze aanpak van de veiligheid van veilig toerisme en recreatie zijn:', 8)
    returning id into v_t62;

    -- 6.3 Verkeersveiligheid (lines 2144-2148)
    insert into theme (framework_id, parent_id, code, name, kind, kernbeleid_field, description, position)
    values (v_framework, null, '6.3', 'Verkeersveiligheid', 'GOING_CONCERN', 4,
'Hoofdlijnen van onze aanpak rond verkeersveiligheid zijn:', 9)
    returning id into v_t63;

    -- 6.4 Fysieke veiligheid (lines 2176-2191)
    insert into theme (framework_id, parent_id, code, name, kind, kernbeleid_field, description, position)
    values (v_framework, null, '6.4', 'Fysieke veiligheid', 'GOING_CONCERN', 4,
'Dit omvat de thema’s brandveiligheid, externe veiligheid, crisisbeheersing en conventionele explosieven. Doelstellingen en aanpak rond deze thema’s staan mede verwoord in bovenlokale beleidskaders, in het bijzonder het Regionaal Beleidsplan van de veiligheidsregio Haaglanden en de uitvoeringsprogramma’s van de Omgevingsdienst Haaglanden. Als gemeente zijn wij partij in deze beleidskaders. In dit Westlands Veiligheidsbeleid nemen wij enkele hoofdlijnen over en duiden we accentsgewijs onze regierol. In 2019 wordt het nieuwe beleidsplan van de veiligheidsregio opgesteld, waarop wij onze aanpak zullen aansluiten.', 10)
    returning id into v_t64;

    -- (no code) Brandveiligheid (line 2195)
    insert into theme (framework_id, parent_id, code, name, kind, kernbeleid_field, description, position)
    values (v_framework, v_t64, null, 'Brandveiligheid', 'GOING_CONCERN', 4,
null, 11)
    returning id into v_t64a;

    -- (no code) Externe veiligheid/risico’s gevaarlijke stoffen (line 2265)
    insert into theme (framework_id, parent_id, code, name, kind, kernbeleid_field, description, position)
    values (v_framework, v_t64, null, 'Externe veiligheid/risico’s gevaarlijke stoffen', 'GOING_CONCERN', 4,
null, 12)
    returning id into v_t64b;

    -- (no code) Crisisbeheersing/bevolkingszorg (line 2285)
    insert into theme (framework_id, parent_id, code, name, kind, kernbeleid_field, description, position)
    values (v_framework, v_t64, null, 'Crisisbeheersing/bevolkingszorg', 'GOING_CONCERN', 4,
null, 13)
    returning id into v_t64c;

    -- (no code) Conventionele explosieven (lines 2331-2339)
    insert into theme (framework_id, parent_id, code, name, kind, kernbeleid_field, description, position)
    values (v_framework, v_t64, null, 'Conventionele explosieven', 'GOING_CONCERN', 4,
'In de gemeente Westland zijn na de Tweede Wereldoorlog conventionele explosieven (CE) achtergebleven in de grond. De mogelijke risicogebieden zijn in kaart gebracht en er is beleid dat bepaalt hoe om te gaan met CE. Hoofdlijnen van onze aanpak rond CE zijn:', 14)
    returning id into v_t64d;

    -- 6.5 Polarisatie en radicalisering (lines 2357-2381)
    insert into theme (framework_id, parent_id, code, name, kind, kernbeleid_field, description, position)
    values (v_framework, null, '6.5', 'Polarisatie en radicalisering', 'GOING_CONCERN', 5,
'Polarisatie is verscherping van tegenstellingen tussen (groepen) mensen in de samenleving die kan leiden tot maatschappelijke spanningen. Onder radicalisering verstaan we de bereidheid om diepingrijpende veranderingen in de samenleving (eventueel op ondemocratische wijze) na te streven. Er zijn verschillende vormen van radicalisme zoals extreemrechts, links-geïnspireerde radicalisering, dierenactivisme en gewelddadig jihadisme. We willen voorkomen dat bevolkingsgroepen tegen elkaar opgezet worden. Het is belangrijk om met elkaar in gesprek te komen én te blijven. Vrijheid van meningsuiting en godsdienst en wederzijds respect zijn belangrijke waarden. We werken nauw samen met verschillende partners, zoals politie en hulpverleningsorganisaties.

Hoofdlijnen van onze aanpak rond polarisatie en radicalisering zijn:', 15)
    returning id into v_t65;

    -- 6.6 Informatieveiligheid en privacy (lines 2419-2427)
    insert into theme (framework_id, parent_id, code, name, kind, kernbeleid_field, description, position)
    values (v_framework, null, '6.6', 'Informatieveiligheid en privacy', 'GOING_CONCERN', 5,
'Voor beide (deel)thema’s hebben we separaat beleid vastgesteld op basis waarvan de organisatie werkt. Grondslagen zijn respectievelijk de Baseline Informatiebeveiliging Gemeenten (BIG) en de Algemene verordening gegevensbescherming (AVG).

Hoofdlijnen van onze aanpak rond informatieveiligheid en privacy zijn:', 16)
    returning id into v_t66;

    -- 6.7 Veilige Publieke Taak (lines 2459-2463)
    insert into theme (framework_id, parent_id, code, name, kind, kernbeleid_field, description, position)
    values (v_framework, null, '6.7', 'Veilige Publieke Taak', 'GOING_CONCERN', 5,
'Hoofdlijnen van onze aanpak rond Veilige Publieke Taak zijn:', 17)
    returning id into v_t67;

    -- 6.8 Ambtelijke en bestuurlijke integriteit (lines 2487-2491)
    insert into theme (framework_id, parent_id, code, name, kind, kernbeleid_field, description, position)
    values (v_framework, null, '6.8', 'Ambtelijke en bestuurlijke integriteit', 'GOING_CONCERN', 5,
'Hoofdlijnen van onze aanpak rond ambtelijke en bestuurlijke integriteit zijn:', 18)
    returning id into v_t68;

    -- Narrative sections in document order ---------------------------------------------------------

    -- position 0: voorwoord, lines 5-89
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, null, 1, null,
'Hoe maken we Westland de komende jaren nog veiliger? Dat is de vraag die het college van burgemeester en wethouders wil beantwoorden in dit Westlands Veiligheidsbeleid 2019-2022. We hebben geen reden om heel ongerust te zijn over de onveiligheid in Westland. De cijfers spreken voor zich. Minder woninginbraken, minder fietsendiefstallen, minder autobraken. Wel zien we dat voor veiligheid nog erg veel wordt geleund op de veiligheidsdiensten, zoals politie, brandweer, ’boa’s en andere gemeentelijke handhavers. We zien ook dat onveiligheid een steeds complexer probleem wordt, dat zich overal manifesteert in het leven van alle dag. En dat dan ook het gehele college mede verantwoordelijk is voor een veiliger Westland vanuit de verschillende portefeuilles, zoals ruimtelijke inrichting, verkeer, onderwijs, economie, sport en uitgaan. Daar ligt dus een gezamenlijke bestuurlijke verantwoordelijkheid, die we graag oppakken. Regionale samenwerking is daarbij van groot belang. Dit geeft de slagkracht die nodig is voor de aanpak van criminaliteit en onveiligheid, die zich ook niet aan gemeentegrenzen houden. We werken al op veel fronten regionaal samen en gaan dit verder intensiveren.

Maar het zijn eigenlijk de Westlanders zelf die de belangrijkste rol spelen bij een veiliger Westland. Westlanders zijn kampioenen als het gaat om goede doelen. Daar doen ze veel, zo niet alles voor. Veiligheid is ook zo’n goed doel. En veiligheid begint bij jezelf.

Het is de taak van de gemeente en de veiligheidsdiensten om iedereen in Westland meer risicobewust te maken, risicogericht te leren handelen en beter te betrekken bij de uitvoering van het veiligheidsbeleid. Die taak gaan we ook serieus oppakken. We zouden een achtste zintuig moeten ontwikkelen. In onszelf, zodat we geen kind achterlaten in een geparkeerde auto, geen kaarsen aansteken in de nabijheid van brandbaar materiaal, niet achter het stuur gaan zitten met alcohol op, kinderen naar school laten gaan op fietsen, waarvan het voor- en achterlicht brandt. En als we een vuurwerkvrije zone in de straat willen, dan regelen we dat met elkaar. Hier is nog een wereld te winnen. Als we erachter komen dat we daarmee met zijn allen Westland veiliger en dus leefbaarder maken, dan hebben we daarmee een geweldige stap voorwaarts gezet.

Dit beleid is via een uitvoerig participatietraject tot stand gekomen. Met politie, Openbaar Ministerie en veiligheidsregio. Maar ook met Vitis Welzijn, Vestia, Arcade, LTO Glaskracht Noord, MKB Westland en Koninklijk Horeca Nederland afdeling Westland. Inwoners zijn betrokken via de buurtpreventieverenigingen en het Westland Panel. De gemeenteraad is betrokken via de prioriteitensessie op 4 oktober jl. en de ‘thematafels’ op 9 oktober jl.

Met dit nieuwe beleid beschikken we over een krachtig en actueel kompas voor de komende jaren. Samen met onze partners – inwoners, ondernemers en professionals – gaan we Westland nog veiliger maken!

college van burgemeester en wethouders gemeente Westland
december 2018', 0);

    -- position 1: lines 90-196, footnote 1 at 248-249
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, null, 1, '1. Inleiding',
'Veiligheid is een groot goed. Het vormt de basis van prettig wonen, een vitale leefomgeving. Van economische activiteit, kansen verzilveren, welvaart. Van geborgenheid ook, geborgenheid en perspectief, rust en ruimte voor ontplooiing en ontspanning. Veiligheid - een cruciale basis zogezegd, voor jong en oud, inwoners en ondernemers.

We hebben deze basis heel behoorlijk op orde. Onze dorpen zijn in veel opzichten veilig te noemen. Dit geldt zowel voor de ‘meetbare’ veiligheid als het veiligheidsgevoel. We hebben in de afgelopen jaren dan ook belangrijke stappen gezet. Effectieve maatregelen en werkvormen geïmplementeerd, zoals de leefbaarheidskringen en de veiligheidskamer. De kracht en veerkracht van de samenleving zelf spelen een niet te onderschatten rol: de gemeenschapszin van de Westlanders is groot en dit manifesteert zich in stevig verankerde buurtpreventieverenigingen en andere vormen van participatie.

Tijd om achterover te leunen? Bepaald niet - we staan onverminderd aan de lat. Veiligheid is geen constante, vraagt voortdurend om initiatief en innovatie, oplettendheid en interventies. We willen onze basis verder verstevigen, nieuwe stappen zetten rond complexe opgaven zoals ondermijning en arbeidsuitbuiting, de veiligheid van evenementen, verbinding van zorg en veiligheid. We willen een betere wisselwerking tussen politie en ’boa’s aan de ene kant en burgerinitiatief en andere particuliere partijen, zoals beveiligingsbedrijven, aan de andere kant.

We willen vooral ook de Westlanders zelf een grotere rol laten spelen. Door hen risicobewust te maken en risicogericht te leren handelen. Veiligheid begint bij jezelf, dichtbij huis, in het werk, in het gewone dagelijkse handelen. We zetten in op het ‘veiligheidszintuig’ van de samenleving, op vermaatschappelijking van veiligheid.

In dit nieuwe veiligheidsbeleid beschrijven we in hoofdlijn hoe we dit doen. We formuleren onze doelen en strategische uitgangspunten voor 2022. Benoemen prioritaire en ‘going concern’-thema’s en markeren hoe we daaraan werken. Onze preciezere inzet staat beschreven in het separate uitvoeringsplan Integrale Veiligheid.

De keuzes in dit beleid zijn gebaseerd op een brede veiligheidsanalyse. Deze resulteerde in een selectie van prioritaire veiligheidsthema’s en strategische hoofdlijnen. In het gehele traject - zowel bij de analyse als bij de beleidsuitwerking - is nauw samengewerkt met tal van partijen. Veiligheidsorganisaties zoals politie, Openbaar Ministerie, veiligheidsregio. Maar ook Vitis Welzijn, Vestia, Arcade, LTO Glaskracht Noord, MKB Westland en Koninklijk Horeca Nederland afdeling Westland. Inwoners zijn betrokken via consultatie van de buurtpreventieverenigingen en via het Westland Panel (zo’n 1.600 aangesloten bewoners). De gemeenteraad is betrokken via de prioriteitensessie op 4 oktober jl. en de ‘thematafels’ op 9 oktober jl.

Onze koers sluit aan op het WestlandProgramma 2018-2022 en op de relevante regionale beleidskaders op het terrein van veiligheid, in het bijzonder de beleidsplannen van politie en veiligheidsregio. Ook het aflopende veiligheidsbeleid 2015-2018 vormt een belangrijk ijkpunt: veel onderdelen daarvan functioneren goed en worden voortgezet.

Richtsnoer in de beleidsontwikkeling was de VNG-methode Kernbeleid Veiligheid¹. Deze methode definieert het integrale veiligheidsterrein aan de hand van vijf veiligheidsvelden (zie bijlage 1) en adviseert over te zetten stappen in de beleidsontwikkeling. De kracht van deze methode is gelegen in de interactieve benadering van het beleidsproces en de verbindingen die gelegd worden met ander gemeentelijk beleid en de rol van de samenleving zelf. Prioritering en beleidsuitwerking worden gefundeerd in een integrale veiligheidsanalyse. Deze fungeert tevens als evaluatie van het aflopende beleid, met efficiencywinst tot gevolg. Kernbeleid Veiligheid stond ook aan de basis van het aflopende veiligheidsbeleid 2015-2018.

¹ Kernbeleid Veiligheid ed. 2017, VNG', 1);

    -- position 2: lines 202-235
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, null, 2, 'Leeswijzer',
'- In hoofdstuk 2 wordt het vertrekpunt van dit beleid geschetst: hoe ziet het veiligheidsbeeld er nu, in 2018, uit? Wat valt op aan de huidige aanpak? Dit is een samenvatting van de veiligheidsanalyse in de eerste stap van het beleidstraject.
- In hoofdstuk 3 formuleren we onze strategische doelstelling voor 2022: waar willen we ‘staan’ in dat jaar? Wat is onze missie op het integrale veiligheidsterrein?
- In hoofdstuk 4 introduceren we onze strategische partners en gaan in op de verbindingen met ander beleid.
- In hoofdstuk 5 en 6 werken we respectievelijk onze prioritaire en going concern-thema’s uit. Deze thema’s zijn naar voren gekomen uit de voorbereidende veiligheidsanalyse en eerder gedeeld met de commissie Bestuur op 4 oktober jl.
- In hoofdstuk 7, ten slotte, gaan we in op de coördinatie van het beleid, de beleidscyclus en verantwoording en de begroting.', 2);

    -- position 3: lines 250-273, footnote 2 at 347-348
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, null, 1, '2. Waar staan we nu?',
'Ter voorbereiding van dit beleid is een brede analyse van de stand van zaken op de vijf veiligheidsvelden van de methode Kernbeleid Veiligheid uitgevoerd. Deze inventarisatie richtte zich enerzijds op het veiligheidsbeeld, anderzijds op de lopende aanpak². In dit hoofdstuk geven we in kort bestek een indruk van de belangrijkste bevindingen.

Interne en externe veiligheidspartners zijn nauw betrokken bij de veiligheidsanalyse. Zij zijn bevraagd over veiligheidsvraagstukken, de lopende aanpak en verbeterpunten daarin. In de beleidsfase (bij het opstellen van onderliggend beleidskader) zijn deze partijen opnieuw betrokken. Zij hebben concepten meegelezen en input voor aanscherping gegeven.

² In de commissie Bestuur van 4 oktober jl. is een toelichting gegeven op de uitkomsten van de inventarisatiefase.', 3);

    -- position 4: lines 277-367 (figure captions 342-351; the figures themselves are charts, not text)
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, null, 2, 'Bevindingen inventarisatie',
'Gebleken is dat de veiligheid en lopende aanpak er in veel opzichten goed voorstaan. Bij belangrijke thema’s zoals woninginbraak, auto-inbraak en geweldsvormen zoals mishandeling en bedreiging is het veiligheidsbeeld, in vergelijking met andere gemeenten, ‘acceptabel’. Hoewel natuurlijk elke woninginbraak er één te veel blijft. De door inwoners ervaren veiligheid en leefbaarheid van de woonbuurt zijn zonder meer van een goed niveau (respectievelijk een 7,4 en 7,5 in de Veiligheidsmonitor 2017). Winkel- en bedrijfscriminaliteit komen weinig voor en ook het aantal vernielingen is verhoudingsgewijs laag. Qua aanpak blijkt een recente innovatie zoals de leefbaarheidskringen goed uit te pakken en door partners zoals woningcorporaties en Vitis Welzijn zeer gewaardeerd te worden. Op het thema brandveiligheid zien we weliswaar majeure risico’s rond de zogenaamde verminderd zelfredzame huishoudens maar in de aanpak is zowel de risicobeheersing als de incidentbestrijding van een goed peil, waarbij de bereidheid van Westlanders tot een rol in de vrijwillige brandweer opvalt. Deze betrokkenheid komt ook naar voren bij andere vormen van participatie, in het bijzonder de buurtpreventieverenigingen. Er zijn 10 verenigingen met in totaal zo’n 400 preventen – meer dan in veel andere gemeenten.

Figuur 2.1: Vermogensmisdrijven en overlastincidenten per 1.000 inwoners in 2017 (bron: politieregistratie)

Figuur 2.2: % inwoners dat overlast ervaart in de eigen woonbuurt in 2017 (bron: veiligheidsmonitor)

Dit gunstige beeld zien we echter niet over de hele linie. Bij meerdere veiligheidsthema’s zijn er verbetermogelijkheden, zowel wat betreft het veiligheidsbeeld als de aanpak. Het gaat daarbij om thema’s dicht bij huis ofwel in de alledaagse woon- en leefomgeving. Zoals woonoverlast, verkeersoverlast, overlast van personen met verward gedrag en soms drugsoverlast. Maar ook om de risico’s rond evenementen en uitgaan. Om jeugdoverlast en –problematiek, inclusief het alcohol- en drugsitem. En om de complexe bedreigingen op het vlak van ondermijnende criminaliteit en de opgave om een stevige bestuurlijke aanpak daarvan voor elkaar te krijgen.', 4);

    -- position 5: lines 371-427
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, null, 3, 'Overlast en criminaliteit in de alledaagse woon- en leefomgeving',
'Belangrijk punt van zorg vormen overlastsituaties rond problematische personen en huishoudens, zogenaamde complexe casuïstiek. Dit is een weerbarstig fenomeen waar we als gemeente, samen met partners, al de nodige stappen in gezet hebben. Naast overlast - woonoverlast, geluidsoverlast, alcohol- en drugsoverlast – kan er geweld aan de orde zijn, in de vorm van bedreiging, mishandeling en huiselijk geweld. Vaak zijn er problemen op meerdere leefgebieden. Verschillende factoren spelen hierbij een rol, waaronder de vermindering van intramurale zorg en de groeiende complexiteit van de samenleving. Schakels in de aanpak zijn het Sociaal Kernteam, de leefbaarheidskringen, de Veiligheidskamer (Westland) en het Veiligheidshuis (regio Haaglanden). Deze keten functioneert in veel opzichten goed. Belangrijk aandachtspunt blijft echter de verbinding van veiligheid en zorg, concreet in de aanpak van casuïstiek en op ambtelijk en bestuurlijk niveau. Deze verbinding is noodzakelijk om de problematiek op lange termijn beheersbaar te laten zijn.

Naast deze relatief zware overlast is er reguliere woonoverlast als gevolg van burenruzies, botsende leefstijlen en dergelijke. Hiervoor zetten we onder meer buurtbemiddeling van Vitis Welzijn en de intensievere variant ‘Bemiddeling & Mediation’ in. Recent is het instrumentarium aangevuld met de gedragsaanwijzing op basis van de Wet aanpak woonoverlast. Een fenomeen als verkeersoverlast vraagt minstens zoveel aandacht. Er wordt niet zelden hard gereden in de dorpen en daarbuiten, wegen zijn vaak smal en het overzicht veelal beperkt. Dit leidt tot zowel objectieve als subjectieve onveiligheid. Onze aanpak van een belangrijk delict zoals woninginbraak omvat verschillende maatregelen, waaronder preventiecampagnes en surveillance op hotspots. De buurtpreventieteams hebben een belangrijke preventieve rol bij woninginbraak. Elementen van de aanpak, zoals de helingaanpak (door middel van het digitaal opkoopregister ofwel DOR) en daderaanpak, kennen nog ontwikkelpunten. We zien dat het aantal woninginbraken daalt maar per saldo toch nog een fors volume heeft. Ook is elke woninginbraak er één te veel. We concluderen als geheel dat de veiligheid en leefbaarheid van onze dorpen verschillende verbeterpunten en aandachtspunten hebben en dat vervolgstappen mogelijk en nodig zijn.', 5);

    -- position 6: lines 431-475
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, null, 3, 'Veiligheid rond uitgaan en evenementen',
'Het onveiligheidsbeeld rond uitgaan is op zichzelf niet zorgwekkend, kent enkele accenten die aandacht behoeven. Dit betreft vooral de zogenaamde slooproutes ofwel de vernielingen en overlast langs routes van naar huis terugkerende jongeren. Daarnaast meer in het algemeen de risico’s rond alcoholgebruik. Afstemming met horeca vindt plaats via het horecaoverleg met KHN afdeling Westland. Bij concrete overlast en andere incidenten treedt de politie op. Gemeentelijke handhavers zien toe op de naleving van de Drank- en Horecawet. De aanpak rond veilig uitgaan is momenteel redelijk ‘low profile’. Zo is er nu geen structurele samenwerking tussen ondernemers en politie, bijvoorbeeld op basis van een veiligheidsconvenant. Dit is overigens in lijn met de huidige aard en omvang van het veiligheidsvraagstuk rond uitgaan.

Risicovolle evenementen zijn met name de grotere, jaarlijks terugkerende evenementen, zoals de feestweken en Oud & Nieuw. De feestweken trekken veel bezoekers en overstijgen ruimschoots het karakter van gewone dorpsfeesten. Drukte, geluid en alcoholgebruik kunnen overlast en veiligheidsrisico’s genereren. Naast de vergunde evenementen hebben we ook regelmatig te maken met evenementen waar geen vergunning voor is verleend. De risico’s hiervan zijn ongewis. Recentelijk zijn stappen gezet om de veiligheid rond evenementen nog beter te borgen. Accenten zijn nadere regulering en procedures, afspraken met de evenementenmakers en toezicht en handhaving. Het nieuwe evenementenbeleid dat in 2019 in werking treedt vormt een actueel en aangescherpt kader hiervoor. Met dit beleid en flankerende acties gaan we toewerken naar balans tussen feest en veiligheid, inclusief een stevige verantwoordelijkheid van organisatoren. Dit vraagt prioritaire aandacht in de komende tijd, vanwege het veiligheidsbelang én het maatschappelijk belang van de evenementen.', 6);

    -- position 7: lines 479-511
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, null, 3, 'Jeugdoverlast en –problematiek',
'Zowel de meetbare als de ervaren jeugdoverlast in Westland is aan de hoge kant in vergelijking met omliggende gemeenten. Het aantal jeugdgroepen is weliswaar beperkt en we acteren er intensief op. Maar de overlast kan behoorlijk zijn. In de aanpak combineren we domein-, groeps- en persoonsgerichte maatregelen. Schakels zijn het preventief jongerenwerk, de leefbaarheidskringen, het Sociaal Kernteam, de Veiligheidskamer en het Veiligheidshuis. Ook hier is verbinding van zorg en veiligheid cruciaal – bij complexere gevallen volgen we een integrale persoons- en systeemgerichte aanpak. We willen casuïstiek zo weinig mogelijk laten escaleren ofwel vroegtijdig signaleren en aanpakken. Dit vraagt om probleemgericht optreden in de eerste lijn. Onze mogelijkheden daarvoor zijn nu niet optimaal. Ander zorgelijk aspect is alcoholgebruik – dit is relatief hoog onder Westlandse jeugd. Dit geeft stevige gezondheidsrisico’s en kan ook doorwerken in openbare orde. Via bewustwordingscampagnes, nalevingsonderzoeken en handhaving Drank- en Horecawet werken we aan preventie. Vervolgstappen zijn echter nodig. De verbindingen met het onderwijs in onze aanpak van jeugd en veiligheid zijn ook nog niet optimaal. Scholen zijn belangrijke maatschappelijke trefpunten en vindplaatsen van veiligheids- en zorgvraagstukken rond jeugd. We willen deze mogelijkheden beter benutten.', 7);

    -- position 8: lines 515-558
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, null, 3, 'Georganiseerde, ondermijnende vormen van criminaliteit',
'Net als andere gemeenten heeft ook Westland te maken met georganiseerde criminaliteit. De precieze aard en omvang zijn niet bekend maar accenten zijn drugsgerelateerde criminaliteit, mensenhandel en arbeidsuitbuiting. Deze fenomenen hebben een ondermijnend effect op zowel het lokaal bestuur en de democratische rechtsorde als de samenleving, specifiek gezonde economische branches. De maatschappelijke schade is al met al aanzienlijk. Samen met partners zoals politie, Openbaar Ministerie, Belastingdienst, inspecties en het RIEC (Regionaal Informatie- en Expertisecentrum) zetten we stappen om criminele netwerken aan te pakken en zo goed mogelijk te ontregelen en daarmee de schade te minimaliseren. Het bestuurlijke instrumentarium vormt een belangrijke pijler in deze gezamenlijke aanpak. Accenten zijn het BIBOB-instrumentarium en vergunningenbeleid, aanpak drugs via het zogenaamde Damocles-beleid, toezicht en handhaving op specifieke locaties en eventueel ‘stopgesprekken’ voeren. We investeren in bestuurlijke weerbaarheid via awareness-trainingen en versteviging van randvoorwaarden voor integriteit en veilige publiek taak zoals protocollen en vertrouwenspersonen, registratie en aangifte, actieve invulling en beleving in het dagelijkse werk. Zetten stappen ter verbetering van onze informatiepositie (‘intelligence’), samen met andere gemeenten. Werken samen met private partijen om ook maatschappelijke weerbaarheid te vergroten. Onze bestuurlijke aanpak staat in de basis maar kan nog verstevigd worden. We willen verschillende onderdelen een fermere invulling geven. Dit zijn vaste bestanddelen zoals hiervoor genoemd, maar ook bijvoorbeeld de integrale, programmatische aanpak van een fenomeen als arbeidsuitbuiting. Prioritering is aangewezen – we willen en kunnen als lokaal bestuur nog effectievere barrières opwerpen tegen de criminele ‘industrie’ en de keten als geheel beter laten renderen.', 8);

    -- position 9: lines 559-564
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, null, 1, '3. Waar willen we staan in 2022?',
'In dit hoofdstuk benoemen we onze strategische doelstellingen voor het jaar 2022: waar willen we staan met de veiligheid in 2022? Hoe moet die geborgd zijn?', 9);

    -- position 10: lines 568-607 (indicator table 611-621 -> 2 KPIs without theme; footnote 3 at 645-650)
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, null, 2, 'Een nog veiliger Westland',
'Voorop staat een stevig en waar mogelijk verder verbeterd veiligheidsbeeld van onze gemeente. Bij veel veiligheidsthema’s zijn de veiligheid en aanpak momenteel al op orde. Voor deze thema’s is het de uitdaging dit goede beeld vast te houden, waar nodig bij te schakelen. Dit zijn onze ‘going concern-thema’s’ (zie hoofdstuk 6). Bij andere thema’s hebben we vastgesteld dat prioritaire aandacht en inzet nodig zijn. Het veiligheidsniveau is onvoldoende of de aanpak vraagt speciale aandacht, moet op onderdelen geïntensiveerd worden. Het gaat om de thema’s ‘Veilige en leefbare dorpen’, ‘Veilig uitgaan en veilige evenementen’, ‘Jeugd en veiligheid’ en ‘Georganiseerde, ondermijnende criminaliteit’. Binnen het eerste thema onderscheiden we drie accenten, namelijk ‘Overlast, geweld op het snijvlak van Zorg & Veiligheid’ en ‘Woninginbraak en andere high impact-delicten’ en ‘Leefbaarheid en verkeersveiligheid’. Deze vier thema’s vormen onze prioritaire veiligheidsthema’s in de periode 2019 tot 2022³. We intensiveren op deze thema’s. In 2022 hebben we een robuuste aanpak staan en is het veiligheidsniveau ten minste acceptabel.

In hoofdstuk 5 staan onze preciezere doelen bij deze prioriteiten vermeld. Daarnaast werken we met een overkoepelende, meetbare veiligheidsdoelstelling. Daarbij maken we gebruik van de indicatoren ‘totaal aantal misdrijven’ en ‘rapportcijfer veiligheid van de buurt’. Deze twee indicatoren geven een goede, algemene indicatie van respectievelijk de objectieve en de subjectieve veiligheid van Westland. Ons algemene veiligheidsdoel is een daling van het totaal aantal misdrijven van 37 in 2017 naar maximaal 35 per 1.000 inwoners in 2022, en een stijging van het rapportcijfer voor de veiligheid van de woonbuurt van 7,4 naar tenminste een 7,5.

³ Deze thema’s zijn naar voren gekomen uit de brede inventarisatie en analyse die samen met interne en externe veiligheidspartners is uitgevoerd in de voorbereidingsfase van dit beleid. Zie ook hoofdstuk 2 van deze nota. In de commissie Bestuur van 4 oktober jl. is een toelichting gegeven op de uitkomsten van de inventarisatiefase.', 10);

    -- position 11: lines 627-658 (the paragraph is interrupted by footnote 3 at a page break)
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, null, 2, 'Verankering veiligheid in de samenleving',
'We willen de Westlanders zelf een grotere rol laten spelen. Door hen risicobewust te maken en risicogericht te leren handelen. Veiligheid begint bij jezelf, dicht bij huis, in het werk, in het gewone dagelijkse handelen. In Westland is er al een prima basis voor ‘vermaatschappelijking’ van veiligheid. De betrokkenheid en gemeenschapszin zijn immers groot, blijkens de bereidheid tot onder meer deelname aan buurtpreventie en de vrijwillige brandweer. Richting 2022 gaan we vervolgstappen zetten en werken we toe naar een nog steviger maatschappelijk zintuig voor veiligheid. Het gaat ons erom dat inwoners en ondernemers in hun eigen gewone handelen, samenleven en bedrijfsvoering oog en gevoel hebben voor veiligheidsrisico’s en wat veiligheid eigenlijk vraagt. Ofwel: actief invulling geven aan je eigen verantwoordelijkheid voor veilig ondernemen, de veiligheid voor kinderen en gezin, veiligheid bij feesten, evenementen en andere belangrijke dimensies van het alledaagse leven.', 11);

    -- position 12: lines 662-727
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, null, 3, 'Wat betekent dit?',
'- We gaan consequent, bij elk veiligheidsthema en –vraagstuk, na hoe we inwoners en ondernemers risicobewust kunnen maken en leren hoe risicogericht te handelen. We ondersteunen en versterken hen daarin. Zowel in de breedte op het thema ‘veiligheid’ als rond specifieke deelthema’s.
- Het gaat hierbij zowel om de directe, eigen veiligheid van inwoners en ondernemers als die van naasten en de directe omgeving. Denk aan eenzame senioren in de buurt, gezinnen waarin mogelijk huiselijk geweld aan de orde is, vermoedens van drugscriminaliteit in nabijgelegen bedrijfspanden of signalen van miserabele huisvesting van arbeidsmigranten verderop in de straat.
- Belangrijke invalshoeken bij het versterken van risicobewustzijn en risicogericht handelen zijn voorlichting en training, het stimuleren van bewonersinitiatieven en het werken aan samenhang in de buurt. Bij voorlichting gaat het bijvoorbeeld om veiligheidsonderwijs in het basis- en voortgezet onderwijs (zoals het huidige lesaanbod van de brandweer), advisering en training van inwoners over inbraakpreventie maar ook over aandacht en zorg voor senioren in de buurt (Hoe doe je dat? Waar moet je op letten?). Dergelijke voorlichting en training kan ook voor onze buurtpreventieverenigingen worden verzorgd. We zien vergelijkbare initiatieven bij bijvoorbeeld supermarktketens, die hun personeel trainen op signalen van verwardheid en hulpbehoevendheid van klanten. Inwoners – jong en oud – kunnen actief betrokken worden in ‘georganiseerde’ veiligheids- en leefbaarheidsinitiatieven zoals buurtpreventie en burgernet maar ook via een mooi project als ‘politiekids’. Voor een groter bereik van voorlichting en communicatie kunnen we actief de dorpen in gaan, bijvoorbeeld met gebruikmaking van het daarvoor bedoelde Mobiel Medialab van de politie. Elders zijn goede ervaringen met de inzet van een ‘mobiel stadskantoor’ (veelal een bus). Andere mogelijkheid is het inzetten van stagiaires van MBO en HBO voor het systematisch benaderen van inwoners met vraagstelling en aanbod op het vlak van veiligheid (in deze vorm ligt veelal de focus op brandveiligheid). Bewonersinitiatief kan gestimuleerd worden door middel van werkwijzen zoals ‘Right to challenge’, het beschikbaar stellen van wijk- en buurtbudgetten en opzoomerachtige trajecten. Ondersteunend werken wijk- en buurtwebsites zoals bijvoorbeeld de ‘Buurtkiep’.
- ‘Verankering van veiligheid in de samenleving is de rode draad van onze aanpak en werkt door op alle deelterreinen van veiligheid. Bij de uitwerking van de veiligheidsthema’s hierna koppelen we telkens terug op dit basisprincipe. In de komende tijd wordt een en ander verder geconcretiseerd. Te zetten stappen worden beschreven in het bij dit beleid behorende uitvoeringsplan integrale veiligheid.', 12);

    -- position 13: lines 731-746
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, null, 2, 'De basis verstevigd',
'We werken niet alleen toe naar een steviger veiligheidszintuig in de samenleving – en hetzelfde doen we binnen onze bestuurlijke organisatie. In veel opzichten werken we nu al goed en solide aan veiligheid. Maar dit kan op onderdelen beter en consistenter, integraler en nadrukkelijker. Veiligheid is een collegebrede verantwoordelijkheid en dat gaan we robuuster vormgeven. In 2022 hebben we het bestuurlijke binnenwerk verder verstevigd en staan we er nog professioneler voor; zijn we zonder meer de betrouwbare partner in veiligheid.', 13);

    -- position 14: lines 750-777
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, null, 3, 'Wat betekent dit?',
'- Brede awareness van veiligheidsrisico’s en van de bestuurlijke opdracht rond deze risico’s. We positioneren veiligheid als vaste waarde in gemeentelijk beleid, zorgen dat het altijd wordt meegenomen en in beeld blijft,, zowel ambtelijk als bestuurlijk.
- Samen optrekken vanuit verschillende beleidsterreinen en bestuurlijke portefeuilles. We pakken de veiligheidsopgaven consequent gezamenlijke op, zoeken telkens de verbinding met domeinen zoals leefbaarheid, zorg en welzijn, economie, wonen, wijkgericht werken, vergunning en toezicht en handhaving.
- Aanpakken en doorpakken waar veiligheidsrisico’s daarom vragen. We twijfelen niet om risico’s terug te dringen, vastgestelde regels toe te passen. Daarbij zijn wij als lokaal bestuur één - staan pal voor dit doorpakken. Handhaving is in alle gevallen een college-brede interventie en wordt ook zo uitgedragen.
- Professionele vormgeving van ons basisinstrumentarium en randvoorwaarden daarvoor. Denk aan vergunningverlening, toezicht en handhaving. Integrale handhaving op locaties waar problemen zich concentreren. Kwaliteit en capaciteit van het toezicht in de openbare ruimte. Toepassing van het Damocles-beleid en het BIBOB-stelsel.', 14);

    -- position 15: lines 781-832
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, null, 2, 'En natuurlijk...',
'Natuurlijk hebben we randvoorwaarden voor ‘werken aan integrale veiligheid’ op orde. Onze aanpak kenmerkt zich door:

- Coördinatie en regie We coördineren de samenwerking in en tussen ketens, brengen partijen bij elkaar, bevorderen en bewaken gezamenlijke aanpak. We zorgen dat de schakels in ketens elkaar zo goed mogelijk versterken. We anticiperen op nieuwe opgaven, pakken waar nodig de regie.
- Slimme verbindingen tussen instrumenten, manieren van werken, mogelijkheden van publieke én private partijen. We zijn samen maximaal effectief én efficiënt. Zo zetten we stappen om de buurtpreventieteams nog beter tot hun recht te laten komen, in wisselwerking met onze eigen boa’s, de politie en de brandweer. En gaan na hoe beter gebruik kan worden gemaakt van mogelijkheden van particuliere beveiligingsorganisaties, met name in aanvulling op surveillance door de politie.
- Focus op preventie We zoeken altijd passende combinaties van preventie en repressie. Het accent ligt op preventie; we willen nog meer naar de ‘voorkant’, risico’s beheersen. Waar nodig schalen we op, grijpen we in. We handhaven waar nodig, zetten tijdig en gericht onze instrumenten in.
- Verbinding zorg en veiligheid In het bijzonder zijn we scherp op de verbinding van zorg en veiligheid. Veel veiligheidsvraagstukken vragen om combinaties van interventies uit beide domeinen. Als gemeente hebben we daarbij een belangrijke rol. En die begint ‘in huis’, bij de verbinding van zorg en veiligheid op ambtelijk en bestuurlijk niveau.
- Informatie-gestuurd werken We werken op basis van solide informatie – informatie over criminaliteitsfenomenen en trends in het veiligheidsbeeld maar ook over het effect van onze aanpak. We maken zo effectief mogelijk gebruik van informatie die al in huis is. We voorzien in de benodigde kennis, capaciteit en tools.', 15);

    -- position 16: lines 833-838
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, null, 1, '4. Partners en flankerend beleid',
'In dit hoofdstuk introduceren we onze partners en belichten we belangrijk flankerend beleid (lokaal en bovenlokaal) en verbindende beleidsthema’s.', 16);

    -- position 17: lines 842-926
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, null, 2, 'Partners',
'Onze maatschappelijke partners - inwoners en ondernemers - hebben een hoofdrol in dit beleid. ‘Veiligheid begint bij jezelf’ zeggen we, in het alledaagse wonen, leven, ondernemen. Een van onze hoofddoelen is versterking van het risicobewustzijn en risicogericht handelen van inwoners en ondernemers. Dit doen we in nauwe samenwerking met professionals maar natuurlijk ook met bewoners- en ondernemersverenigingen. Denk aan dorpsraden en buurtpreventieverenigingen, ouderenorganisaties en sportverenigingen. Bij de ondernemers gaat het om onder meer om LTO Glaskracht Noord, MKB Westland en Koninklijk Horeca Nederland afdeling Westland.

Naast deze maatschappelijke partners hebben politie, Openbaar Ministerie en veiligheidsregio een belangrijke rol in het veiligheidsbeleid:

- Politie (basisteam Westland, eenheid Den Haag) Is partner bij vrijwel alle veiligheidsthema’s. In de breedte actief op integrale veiligheid, wisselend ‘in the lead’ en als schakel tussen en met andere partijen. Taakaccenten zijn onder meer probleemgerichte, contextgedreven politiezorg en recherche/opsporing. Via de Driehoek wordt hier, samen met gezagspartner Openbaar Ministerie, op gestuurd. Belangrijk bovenlokaal beleidskader voor de regionale verdeling van de politiecapaciteit is het Regionaal veiligheidsplan 2019-2022 van de politie eenheid Den Haag (zie ook paragraaf 4.4).
- Openbaar Ministerie (parket Den Haag) Verantwoordelijk voor opsporing en vervolging van strafbare feiten ofwel het sluitstuk van het repressieve deel van de aanpak. Het Openbaar Ministerie voert samen met de burgemeester het gezag over de politie. De burgemeester gaat over de openbare orde, het Openbaar Ministerie over de opsporing. Het Openbaar Ministerie heeft een belangrijke rol bij de aanpak van tal van veiligheidsthema’s in dit veiligheidsbeleid, in het bijzonder de prioritaire thema’s veilige en leefbare kernen, problematische jeugdgroepen en ondermijning.
- Veiligheidsregio Haaglanden De veiligheidsregio Haaglanden is belast met het voorkomen, beperken en bestrijden van branden, rampen en crises. Met inbegrip van het inventariseren en adviseren over risico’s. De organisatie geeft invulling aan brandweertaken, geneeskundige hulpverlening bij ongevallen en rampen, bevolkingszorg en de meldkamerfunctie. De brandweertaken omvatten risicobeheersing, incidentbestrijding en voorlichting over brandveilig gedrag. Accenten binnen de risicobeheersing zijn advisering, controle en inzet op object-, gebruiks- en omgevingsveiligheid. Bij incidentbestrijding zijn dekkingsgraad en slagkracht belangrijke factoren. Belangrijke specifieke thema’s voor de veiligheidsregio zijn terrorisme, bedreiging van de volksgezondheid, verstoring van de openbare orde, gevolgen van extreem weer en verstoring van de energievoorziening.

Andere belangrijke partijen in het veiligheidsbeleid zijn het Veiligheidshuis Haaglanden, RIEC Den Haag, het Regionaal Samenverband Integrale Veiligheid (RSIV), de Omgevingsdienst Haaglanden, de reddingsbrigades, Bureau HALT, Sociaal Kernteam (SKT), Vitis Welzijn, andere zorg- en welzijnsinstellingen, onderwijsinstellingen en woningcorporaties.', 17);

    -- position 18: line 927
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, null, 2, 'Flankerend beleid',
'', 18);

    -- position 19: lines 931-959
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, null, 3, 'Lokaal',
'Dit beleid kent tal van raakvlakken met ander gemeentelijk beleid op terreinen als Wmo/zorg, participatie, wijkbeheer, jeugd, horeca en evenementen, verkeer en milieu, wonen en openbare ruimte en, vergunningverlening, toezicht en handhaving (VTH-taken). In onze aanpak geven we concreet gestalte aan deze raakvlakken, benutten ze zo goed mogelijk.

Voor verschillende thema’s in dit veiligheidsbeleid geldt dat ander thematisch gemeentelijk beleid in belangrijke mate kaderstellend is. Denk aan verkeersveiligheid, kwaliteit openbare ruimte, onderwijs, zorg/sociaal domein (Sociaal Beleidskader). In dit veiligheidsbeleid wordt aangesloten op de koers en doelstellingen van dit flankerende beleid.

Een brede, belangwekkende ontwikkeling in dit verband is die met betrekking tot de omgevingsvisie en het omgevingsbeleid. Deze raakt aan meerdere veiligheidsthema’s in dit veiligheidsbeleid. Hieronder wordt nader ingegaan op deze raakvlakken.', 19);

    -- position 20: lines 963-1027
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, null, 3, 'Bovenlokaal',
'Belangrijke bovenlokale beleidskaders zijn het Regionaal Veiligheidsplan 2019-2022 van de politie eenheid Den Haag en het Beleidsplan Veiligheidsregio Haaglanden. Als gemeente zijn wij betrokken bij en partij in deze beleidskaders. De keuzes in het Westlands Veiligheidsbeleid zijn mede gebaseerd op keuzes in deze kaders. We nemen elementen over, volgen op onderdelen de lijn van het bovenlokale beleid. Andersom vormt dit veiligheidsbeleid input voor de beleidscycli van politie en brandweer/veiligheidsregio voor de periode 2019-2022. Dit vloeit voort uit de procedures rond deze cycli en meer principieel uit de regierol van de gemeente op het veiligheidsterrein: lokale prioriteiten vormen bouwstenen van bovenlokale keuzes over inzet van politie en brandweer/veiligheidsregio.

Het Regionaal Veiligheidsplan 2019-2022 van de politie eenheid Den Haag is het gezamenlijke kader van de gemeenten binnen deze eenheid, het Openbaar Ministerie en de politie voor de aanpak van veiligheidsproblemen. Het concentreert zich op thema’s die nagenoeg overal (in alle basisteams/gemeenten binnen de eenheid) spelen én waar regionale interventies noodzakelijk zijn. Prioriteiten in het Regionaal Veiligheidsplan 2019-2022 zijn ‘(Contra)terrorisme, extremisme en radicalisering’, ‘Cybercrime/gedigitaliseerde criminaliteit’, ‘(Huiselijk) geweld’, ‘High Impact Crimes’, ‘Overlast en criminaliteit door problematische jeugdgroepen/netwerken’, ‘Ondermijning’ en ‘Overlast en/of criminaliteit door personen met verward gedrag’. Thema’s en aanpak overlappen voor een groot deel met de keuzes in het Westlands Veiligheidsbeleid. Anderdeels worden, vanwege de regionale scope, andere keuzes gemaakt. In grote lijnen geldt dat het Westlands Veiligheidsbeleid en het Regionaal Veiligheidsplan van de politie eenheid Den Haag elkaar complementeren en versterken.

Het Regionaal Beleidsplan van de Veiligheidsregio Haaglanden bevat de kaders voor de inzet op brandweertaken, de meldkamerfunctie en crisisbeheersing door de veiligheidsregio. Onderdeel van de veiligheidsregio is de regionale brandweer. Accenten in het Beleidsplan voor wat betreft brandveiligheid zijn risicobeheersing en incidentbestrijding. Via het programma ‘Brandveilig leven’ wordt in risicobewustzijn en handelingsperspectief van inwoners en ondernemers geïnvesteerd. Dit sluit aan op het landelijke streven van de brandweer om het rendement van de schakels proactie en preventie te vergroten (meer naar de ‘voorkant’). In het Westlands Veiligheidsbeleid worden de in het Regionaal Beleidsplan vastgestelde hoofdlijnen kort geadresseerd en daarnaast accenten in de gemeentelijke regie ter ondersteuning van de uitvoering en ‘werking’ van het Beleidsplan in Westland benoemd.', 20);

    -- position 21: line 1031
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, null, 2, 'Verbindende thema’s',
'', 21);

    -- position 22: lines 1035-1048
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, null, 3, 'Leefbaarheid',
'De leefbaarheid van de woonomgeving werkt rechtstreeks door in ervaren veiligheid, één van onze hoofddoelstellingen. En inzet op leefbaarheid samen met inwoners ondersteunt mede sociale controle en netwerken in het dorp en daarmee de veerkracht van de dorpen. Dit heeft allerlei gunstige veiligheidseffecten en raakt aan meerdere veiligheidsthema’s. We benutten de invalshoek leefbaarheid dan ook zo veel mogelijk, richten ons handhavingsbeleid hierop in en leggen consequent de verbinding met beleid en aanpak rond openbare ruimte en participatie.', 22);

    -- position 23: lines 1052-1076
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, null, 3, 'Toezicht en handhaving',
'Bij veel veiligheidsthema’s zijn toezicht en handhaving onderdeel van de aanpak – denk aan veiligheid rond uitgaan en evenementen, hennepaanpak en arbeidsuitbuiting maar ook parkeeroverlast, kleine ergernissen in de openbare ruimte, woonoverlast en burenruzies, bereikbaarheid en doorrijdbaarheid voor hulpdiensten. Meer overkoepelend raken toezicht en handhaving aan belangrijke strategische lijnen in dit beleid, in het bijzonder ‘de basis verstevigd’ (- solide overheidsinterventies) en ‘verankering veiligheid in de samenleving’ (zelfoplossend vermogen). Onze keuzes bij inzet van toezicht en handhaving beantwoorden aan deze vertrekpunten. Waar nodig verstevigen we de samenwerking tussen toezichts- en handhavingspartners. We verkennen de mogelijkheden voor inzet van particuliere beveiligingsbedrijven voor (aanvullende) surveillancetaken. En onderzoeken of het aantal ’boa’s past bij aard en grootte van de gemeente Westland. Onze keuzes ten aanzien van deze items nemen we op in de jaarlijkse uitvoeringsprogramma’s op het vlak van toezicht en handhaving.', 23);

    -- position 24: lines 1080-1108
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, null, 3, 'Fysieke leefomgeving',
'In de omgevingsvisie formuleren wij onze ambities met betrekking tot kwaliteit van de leefomgeving, hoofdlijnen van voorgenomen ontwikkeling, gebruik en beheer van het grondgebied. Het betreft een integraal beleidskader voor de fysieke leefomgeving. Het verbindt in dat kader beleid rond thema’s zoals verkeer en vervoer, natuur en milieu, ruimtelijke ordening en duurzaamheid. Er zijn meerdere raakvlakken met dit veiligheidsbeleid, zowel op het niveau van algemene ambities als dat van concretere veiligheidsthema’s. Raakvlakken zijn er bij het thema ‘Veilige en leefbare dorpen’ (paragraaf 5.1), de ambities en aanpak rond thema’s zoals veilig ondernemen (veilige bedrijventerreinen en winkelgebied), veilig toerisme (recreatieterreinen), externe veiligheid ofwel de risico’s rond gevaarlijke stoffen (handhaving risicocontouren), brandveiligheid (proactie en preventie) en verkeersveiligheid (zie hoofdstuk 6). Deze en andere raakvlakken krijgen hun doorwerking in het proces rond de omgevingsvisie en het nadere omgevingsbeleid in de komende tijd. Andersom zullen in de beleidsvoering rond het Westlands veiligheidsbeleid - concreet aan de hand van de bijbehorende tweejaarlijkse uitvoeringsplannen – benodigde extra accenten worden aangebracht voor een goede wisselwerking met het omgevingsbeleid.', 24);

    -- position 25: lines 1109-1117
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, null, 1, '5. Prioritaire thema’s',
'Onze prioriteiten in de periode 2019-2022 zijn ‘Veilige en leefbare dorpen’, ‘Veilig uitgaan en veilige evenementen’, ‘Jeugd en veiligheid’ en ‘Georganiseerde, ondermijnende criminaliteit’. We intensiveren op deze thema’s. In dit hoofdstuk beschrijven we de hoofdlijnen van onze aanpak en onze doelstelling bij deze thema’s. In het uitvoeringsplan bij dit beleid worden concrete acties en maatregelen rond deze thema’s benoemd.', 25);

    -- position 26: line 1120; intro in theme.description
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, v_t51, 2, '5.1 Veilige en leefbare dorpen',
'', 26);

    -- position 27: line 1136
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, v_t51a, 3, 'a: Overlast, geweld op het snijvlak van zorg & veiligheid',
'', 27);

    -- position 28: line 1157
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, v_t51a, 4, 'Hoofdlijnen 2019-2022',
'', 28);

    -- position 29: lines 1227-1245
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, v_t51a, 4, 'veiligheid begint bij je zelf',
'Dat betekent...

- Opletten, oog hebben voor signalen bij buren/omwonenden van huiselijke problematiek, geweld, psychiatrische vraagstukken, escalaties.
- Helpen, aanspreken in zoverre dat kan en opportuun is.
- Eventueel melden bij professionals.
- Ook scherp zijn op ingewikkelde vraagstukken/dilemma’s in je eigen gezin/huishouden. Eventueel hulp zoeken om zaken hanteerbaar te maken.

We versterken dit door...', 29);

    -- position 30: line 1257; goal -> objective
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, v_t51a, 4, 'Doelstelling 2022',
'', 30);

    -- position 31: line 1271; table 1274-1286 -> KPI
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, v_t51a, 4, 'Onze indicatoren:',
'', 31);

    -- position 32: line 1290
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, v_t51b, 3, 'b: Woninginbraak en andere high impact-delicten',
'', 32);

    -- position 33: line 1310
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, v_t51b, 4, 'Hoofdlijnen 2019-2022',
'', 33);

    -- position 34: lines 1361-1386
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, v_t51b, 4, 'veiligheid begint bij je zelf',
'Dat betekent...

- Je eigen ‘basispreventie op orde’: deuren en ramen afsluiten, solide hang- en sluitwerk, buitenverlichting (voor en achter). Maar ook deugdelijke tuinafzetting en gesnoeid groen.
- Opletten, oog hebben voor verdachte omstandigheden zowel rond het eigen huis als bij buren en in de straat/buurt. Verdachte zaken melden bij de politie.
- Ook oog hebben voor sociaal onveilige plekken in de buurt (donker, te hoog groen e.d.) en de gemeente daarvan op de hoogte stellen.
- Media en voorlichting gemeente volgen over risico’s in bepaalde periodes, op bepaalde plekken. Daar je gedrag op aanpassen. Gebruik van www.stopheling.nl
- Deelname aan bewonersinitiatieven zoals WhatsApp-buurpreventie.

We versterken dit door...', 34);

    -- position 35: line 1397
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, v_t51b, 4, 'Doelstelling 2022',
'', 35);

    -- position 36: line 1407; table 1410-1420 -> KPIs
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, v_t51b, 4, 'Onze indicatoren:',
'', 36);

    -- position 37: line 1426
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, v_t51c, 3, 'c: Leefbaarheid en verkeersveiligheid',
'', 37);

    -- position 38: line 1442
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, v_t51c, 4, 'Hoofdlijnen 2019-2022',
'', 38);

    -- position 39: lines 1494-1511
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, v_t51c, 4, 'veiligheid begint bij je zelf',
'Dat betekent...

- Buren/buurtbewoners aanspreken op ongewenst gedrag. Indien mogelijk ook samen een oplossing vinden. Lukt dit niet, dan melden bij professionals.
- Samen met andere bewoners acties voor beheer, evt. verbetering openbare ruimte ondernemen.
- Voorbeeldgedag tonen, in het wonen en samenleven, in het verkeer en ageren tegen overlast.

We versterken dit door...', 39);

    -- position 40: line 1531
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, v_t51c, 4, 'Doelstelling 2022',
'', 40);

    -- position 41: line 1545; table 1548-1566 -> KPIs
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, v_t51c, 4, 'Onze indicatoren:',
'', 41);

    -- position 42: line 1572
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, v_t52, 2, '5.2 Veilig uitgaan en veilige evenementen',
'', 42);

    -- position 43: line 1598
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, v_t52, 3, 'Hoofdlijnen 2019-2022',
'', 43);

    -- position 44: lines 1665-1684
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, v_t52, 3, '‘veiligheid begint bij je zelf’',
'Dat betekent...

- Als ondernemer nadrukkelijk voor de veiligheid van je bedrijf gaan, in alle opzichten, inclusief de risico’s van alcohol en drugs.
- Je als ondernemer goed op de hoogte blijven stellen van geldende regels, maar ook over innovaties/beschikbare kennis voor meer veiligheid.
- Als ondernemer ook in gesprek blijven met de omgeving (bewoners, andere ondernemers).
- Als bezoeker: opletten, signaleren waar het fout dreigt te gaan en verantwoordelijken hier eventueel op aanspreken. Dus: onveiligheid niet negeren maar er juist naar handelen.

We versterken dit door...', 44);

    -- position 45: line 1699
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, v_t52, 3, 'Doelstelling 2022',
'', 45);

    -- position 46: line 1713
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, v_t53, 2, '5.3 Problematische jeugd en jeugdgroepen',
'', 46);

    -- position 47: line 1740
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, v_t53, 3, 'Hoofdlijnen 2019-2022',
'', 47);

    -- position 48: lines 1801-1823
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, v_t53, 3, 'veiligheid begint bij je zelf',
'Dat betekent...

- Aanspreken van overlastgevende jongeren op ongewenst gedrag.
- Alertheid op problematiek in gezinnen in de buurt, eventueel helpen/aanspreken, huiselijk geweld melden. In elk geval professionals informeren waar problemen uit de hand lopen.
- Als ouder: voeling houden met risico’s en eventueel ongewenst gedrag van je kinderen. In gesprek zijn en blijven dus, adviseren en waar nodig corrigeren.
- Als ouder: eventueel ook via school problemen aanhangig maken en/of deelnemen aan voorlichting & preventie.

We versterken dit door...', 48);

    -- position 49: lines 1833-1835
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, v_t53, 3, 'Doelstelling 2022',
'Onze doelstelling voor 2022 is:', 49);

    -- position 50: line 1847; table 1850-1878 -> KPIs
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, v_t53, 3, 'Onze indicatoren:',
'', 50);

    -- position 51: line 1884
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, v_t54, 2, '5.4 Ondermijning',
'', 51);

    -- position 52: line 1906
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, v_t54, 3, 'Hoofdlijnen 2019-2022',
'', 52);

    -- position 53: lines 1993-2015
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, v_t54, 3, 'veiligheid begint bij je zelf',
'Dat betekent...

- Als ondernemer: bewust zijn en blijven van de risico’s, bijvoorbeeld op het vlak van cybercrime. Je gedrag en bedrijfsprocessen daarop aanpassen.
- Als ondernemer: bij een ‘niet pluis’-gevoel in de omgeving van je bedrijf of in de samenwerking met andere ondernemers: daar gevolg aan geven, contactvorming eventueel uitstellen, eventueel melden,
- Als bewoners: alertheid op verdachte signalen op het vlak van wonen, gedrag, geur, voertuigen e.d. En daar dan eventueel melding van doen.
- Algemeen: niet wegkijken.

We versterken dit door...', 53);

    -- position 54: line 2025; goal -> objective
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, v_t54, 3, 'Doelstelling 2022',
'', 54);

    -- position 55: lines 2037-2041 (NB: no indicators for this theme)
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, v_t54, 3, null,
'NB Goede kwantitatieve indicatoren voor het meten van de effecten van onze aanpak ontbreken bij dit thema. We evalueren onze resultaten vooral kwalitatief, aan de hand van onder meer de ondermijningsbeelden van het RIEC.', 55);

    -- position 56: lines 2042-2056
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, null, 1, '6. Going concern-thema’s',
'Naast de prioriteiten hebben we acht strategische veiligheidsthema’s benoemd. Op deze thema’s willen we consolideren ofwel het veiligheidsniveau vasthouden en de lopende aanpak voortzetten. Natuurlijk scherpen we gaandeweg aan waar nodig. Hieronder beschrijven we de hoofdlijn van onze aanpak bij deze thema’s. Bij enkele thema’s staan effectindicatoren vermeld, bij andere niet. In het laatste geval zijn die niet voorhanden of geven bestaande indicatoren geen correct beeld van het resultaat van dit veiligheidsbeleid. In het uitvoeringsplan bij dit beleid worden concrete acties en maatregelen rond deze thema’s benoemd.', 56);

    -- position 57: line 2059
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, v_t61, 2, '6.1 Veilig winkelgebied, veilige bedrijventerreinen',
'', 57);

    -- position 58: line 2091; table 2095-2107 -> KPI
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, v_t61, 3, 'Doelstelling (indicatoren):',
'', 58);

    -- position 59: line 2113
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, v_t62, 2, '6.2 Veilig toerisme, veilige recreatie',
'', 59);

    -- position 60: line 2144
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, v_t63, 2, '6.3 Verkeersveiligheid',
'', 60);

    -- position 61: line 2176
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, v_t64, 2, '6.4 Fysieke veiligheid',
'', 61);

    -- position 62: line 2195
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, v_t64a, 3, 'Brandveiligheid',
'', 62);

    -- position 63: line 2265
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, v_t64b, 3, 'Externe veiligheid/risico’s gevaarlijke stoffen',
'', 63);

    -- position 64: line 2285
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, v_t64c, 3, 'Crisisbeheersing/bevolkingszorg',
'', 64);

    -- position 65: line 2331
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, v_t64d, 3, 'Conventionele explosieven',
'', 65);

    -- position 66: line 2357
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, v_t65, 2, '6.5 Polarisatie en radicalisering',
'', 66);

    -- position 67: line 2419
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, v_t66, 2, '6.6 Informatieveiligheid en privacy',
'', 67);

    -- position 68: line 2459
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, v_t67, 2, '6.7 Veilige Publieke Taak',
'', 68);

    -- position 69: line 2487
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, v_t68, 2, '6.8 Ambtelijke en bestuurlijke integriteit',
'', 69);

    -- position 70: line 2525 (page footer 2519-2521 dropped)
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, null, 1, '7. Coördinatie, verantwoording en begroting',
'', 70);

    -- position 71: lines 2530-2554
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, null, 2, '7.1 Ambtelijke en bestuurlijke coördinatie',
'De ambtelijke coördinatie van het Westlands Veiligheidsbeleid 2019-2022 is belegd bij de afdeling Veiligheid/OOV. Deze initieert en onderhoudt de benodigde verbindingen met andere afdelingen binnen de gemeentelijke organisatie en met externe partners. Halfjaarlijks vindt breder ambtelijk overleg over de voortgang van het Westlands Veiligheidsbeleid plaats. De afdeling Veiligheid/OOV regisseert de implementatie van het Westlands Veiligheidsbeleid, intervenieert bij knelpunten in de aanpak en nieuwe veiligheidsvraagstukken. De afdeling OOV informeert en adviseert de portefeuillehouder over relevante ontwikkelingen rond het Westlands Veiligheidsbeleid.

De bestuurlijke coördinatie van het veiligheidsbeleid ligt bij de burgemeester. De voortgang van het Westlands Veiligheidsbeleid wordt periodiek besproken in de driehoek.', 71);

    -- position 72: lines 2558-2576
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, null, 2, '7.2 Beleidscyclus en verantwoording',
'Dit veiligheidsbeleid wordt doorvertaald in tweejaarlijkse integrale uitvoeringsplannen. Deze zijn operationeel van aard: ze geven een overzicht van uit te voeren acties/maatregelen rond de thema’s in het Westlands Veiligheidsbeleid.

De raad wordt jaarlijks geïnformeerd over de ontwikkelingen via een brede voortgangsrapportage. Deze wordt telkens in het tweede kwartaal besproken met de commissie Bestuur. Daarnaast vindt verantwoording over resultaten plaats via de begrotingscyclus (BBV- en aanvullende Westlands Veiligheidsbeleid-indicatoren).', 72);

    -- position 73: lines 2580-2632; the three dekking items are also budget lines
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, null, 2, '7.3 Begroting',
'Voor veel maatregelen en activiteiten die binnen dit veiligheidsbeleid vallen, geldt dat voor meerdere jaren voorzien is in bekostiging via de programmabegroting. Dit geldt onder meer voor brandweerzorg, crisisbeheersing, veiligheidsregio, deelname in het Veiligheidshuis en cameratoezicht. Het betreft doorlopende activiteiten, deels met een wettelijke grondslag.

Daarnaast vloeien er nieuwe maatregelen en activiteiten uit dit veiligheidsbeleid voort, met een nieuw financieel beslag. Dit doet zich met name voor bij de prioritaire i.e. intensiveringsthema’s.

In 2019 zullen de kosten van de intensivering in elk geval gedekt worden door:

- Het huidige vaste budget voor WVB-gerelateerde activiteiten.
- De in 2019 extra beschikbare middelen á € 525.000 voor intensivering op het onderwerp ondermijning. Deze worden ingezet voor maatregelen in het kader van aanpak arbeidsuitbuiting en drugsgerelateerde criminaliteit en voor versteviging van de informatiepositie.
- De in 2019 extra beschikbare middelen voor inzet van particuliere beveiligingsbedrijven voor surveillance in nachtelijke uren (motie d.d. 6 november 2018).

Niet uit te sluiten valt dat in 2020 en verder een extra financieel beslag aan de orde is, in het bijzonder voor de aanpak rond het thema ondermijning. In het eerste kwartaal van 2019 wordt dit nader bepaald. Mocht uitbreiding van middelen inderdaad wenselijk zijn, dan wordt hiervoor een onderbouwd verzoek ingediend in de begrotingsronde voor 2020.

Ten aanzien van benodigde formatie geldt dat het beleid kan worden uitgevoerd met de huidige vaste formatie van het team veiligheid. Binnen dit kader worden uitvoeringsmaatregelen in het uitvoeringsplan bij dit beleid, geprogrammeerd in de tijd.', 73);

    -- position 74: lines 2633-2777; the table (columns = velden) is written out column by column
    insert into narrative_section (framework_id, theme_id, level, heading, body, position)
    values (v_framework, null, 1, 'Bijlage 1: Veiligheidsthema’s Kernbeleid Veiligheid',
'De VNG-methode Kernbeleid Veiligheid onderscheidt vijf veiligheidsvelden en daarbinnen veiligheidsthema’s. Velden en thema’s vormen met elkaar het integrale veiligheidsterrein. De vijf veiligheidsvelden zijn: (1) Veilige woon- en leefomgeving, (2) Bedrijvigheid en veiligheid, (3) Jeugd en veiligheid, (4) Fysieke veiligheid en (5) Integriteit en veiligheid. Onderstaande tabel geeft een overzicht van de veiligheidsthema’s.

Veilige woon- en leefomgeving
- 1.1 Sociale kwaliteit
- 1.2 Fysieke kwaliteit
- 1.3 Objectieve veiligheid/veelvoorkomende en ‘high impact’-criminaliteit
- 1.4 Subjectieve veiligheid

Bedrijvigheid en veiligheid
- 2.1 Veilig winkelgebied
- 2.2 Veilige bedrijventerreinen
- 2.3 Veilig uitgaan
- 2.4 Veilige evenementen
- 2.5 Veilig toerisme

Jeugd en veiligheid
- 3.1 Jeugdoverlast
- 3.2 Jeugdcriminaliteit/individuele probleemjongeren
- 3.3 Jeugd, alcohol en drugs
- 3.4 Veilig in en om de school

Fysieke veiligheid
- 4.1 Verkeersveiligheid
- 4.2 Brandveiligheid
- 4.3 Externe veiligheid
- 4.4 Rampenbestrijding en crisisbeheersing

Integriteit en veiligheid
- 5.1 Polarisatie en radicalisering
- 5.2 Georganiseerde/ondermijnende criminaliteit
- 5.3 Veilige Publieke Taak
- 5.4 Informatieveiligheid
- 5.5 Ambtelijke en bestuurlijke integriteit', 74);

    -- Goals: the 'Doelstelling 2022' text of each theme, framework-level (plan_id null) --------------

    -- 5.1 a: lines 1259-1267
    insert into objective (theme_id, text, position)
    values (v_t51a,
'Een zodanige infrastructuur van samenwerkende professionals en toegesneden voorzieningen in stand houden dat de veiligheid van en rond personen en gezinnen in alle gevallen van een aanvaardbaar niveau is of zo snel mogelijk weer wordt. Deze infrastructuur sluit aan op, maakt zo goed mogelijk gebruik van de mogelijkheden van de samenleving zelf.', 0);

    -- 5.1 b: lines 1399-1403
    insert into objective (theme_id, text, position)
    values (v_t51b,
'Door slimme inzet van preventieve en repressieve middelen, samen met inwoners en veiligheidspartners, woninginbraak en andere vormen van high impact-delicten zoveel mogelijk voorkomen en op lange termijn op een aanvaardbaar niveau houden.', 0);

    -- 5.1 c: lines 1533-1541
    insert into objective (theme_id, text, position)
    values (v_t51c,
'Door slimme inzet van preventieve en repressieve middelen, fysieke en sociale interventies, en met een belangrijke rol van inwoners zelf, overlast, verkeersissues en leefbaarheidskwesties waar mogelijk voorkomen en waar nodig van een passende aanpak voorzien. We werken actief samen met inwoners aan leefbaarheid, kwaliteit en veiligheid van de woon- en leefomgeving.', 0);

    -- 5.2: lines 1701-1707
    insert into objective (theme_id, text, position)
    values (v_t52,
'Een zodanige combinatie van procedures en veiligheidschecks en -instrumenten enerzijds en samenwerking met én initiatief van ondernemers anderzijds dat de veiligheid rond uitgaan en evenementen duurzaam beheersbaar is. We zorgen ervoor dat veiligheid op het eerste plan blijft staan bij de keuzes over uitgaan en evenementen.', 0);

    -- 5.3: lines 1837-1843
    insert into objective (theme_id, text, position)
    values (v_t53,
'Via integrale sets van maatregelen, met zorg- en veiligheidscomponenten en zowel persoons- als groepsgericht, in samenwerking met partners en in wisselwerking met ander gemeentelijk beleid, zodanig investeren in problematische jeugd, dat ongewenst gedrag ‘duurzaam’ vermindert.', 0);

    -- 5.4: lines 2027-2033
    insert into objective (theme_id, text, position)
    values (v_t54,
'Door consequente inzet van de bestuurlijke instrumenten, in samenwerking met onze partners de speelruimte van ondermijnende criminaliteit verder verkleinen. We zijn bestuurlijk weerbaar en ondersteunen maatschappelijke weerbaarheid. Gezamenlijk werpen we een dam op tegen de criminele industrie.', 0);

    -- Framework-level lines: MAIN_LINE = a 'Hoofdlijnen' bullet, APPROACH = a 'We versterken dit door...'
    -- bullet. Title = first sentence as printed, description = the rest of the bullet.

    -- 5.1 a MAIN_LINE (lines 1159-1223)
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t51a, 'MAIN_LINE', 0,
'Problematiek wordt vroegtijdig, integraal en effectief aangepakt.',
'Ofwel: zoveel mogelijk ‘dicht bij huis’, dicht bij de burger, waar mogelijk samen met inwoners. Om problemen zo klein mogelijk te houden en de kracht van de samenleving optimaal te benutten.');
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t51a, 'MAIN_LINE', 1,
'In de eerste lijn hebben sociaal makelaars, de Leefbaarheidskringen en het Sociaal Kernteam een belangrijke rol.',
'Zij hebben de voelsprieten in de samenleving, pakken casuïstiek als eerste op. Waarbij het Sociaal Kernteam al een eerste opschalingsniveau vormt. Zij bepalen passende zorg en interventies en voeren regie op de uitvoering daarvan. Zo werken ze zo snel mogelijk toe naar een stabiele, beheersbare situatie.') returning id into v_activity;
    insert into activity_partner (activity_id, partner_id, role, wording, position)
    select v_activity, p.id, 'BETROKKEN', x.wording, x.pos from (values
        ('westland-leefbaarheidskringen', 'Leefbaarheidskringen', 0),
        ('westland-sociaal-kernteam', 'Sociaal Kernteam', 1)
    ) as x (key, wording, pos) join partner p on p.key = x.key;
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t51a, 'MAIN_LINE', 2,
'Casuïstiek die de mogelijkheden van het Sociaal Kernteam en de Leefbaarheidskringen overstijgt, wordt opgeschaald naar de Veiligheidskamer en eventueel ook naar het Veiligheidshuis.',
'Zo bewerkstelligen we voor elke casus een passende aanpak, persoons- en gezinsgericht, vaak met zorg- en veiligheidscomponenten. Zodra mogelijk schalen we casuïstiek weer af, leggen we het initiatief weer meer bij de samenleving.') returning id into v_activity;
    insert into activity_partner (activity_id, partner_id, role, wording, position)
    select v_activity, p.id, 'BETROKKEN', x.wording, x.pos from (values
        ('westland-sociaal-kernteam', 'Sociaal Kernteam', 0),
        ('westland-leefbaarheidskringen', 'Leefbaarheidskringen', 1),
        ('westland-veiligheidskamer', 'Veiligheidskamer', 2),
        ('zorg-en-veiligheidshuis-haaglanden', 'Veiligheidshuis', 3)
    ) as x (key, wording, pos) join partner p on p.key = x.key;
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t51a, 'MAIN_LINE', 3,
'We zorgen dat deze keten optimaal functioneert, voeren regie op de werking ervan, verhelpen omissies en knelpunten.',
'Cruciaal zijn tijdigheid van op- en afschaling, effectieve casus- en procesregie, heldere triage-afspraken, juridisch correcte informatiedeling. We geven hier een adequate invulling aan, zorgen voor randvoorwaarden zoals competenties en capaciteit, privacy-convenanten. Als onderlegger gebruiken we het Aanpak Voorkomen Escalatie-model (AVE), een format voor tactische keuzes rond casuïstiek.');
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t51a, 'MAIN_LINE', 4,
'Ook zijn we voorbereid op sociale crises.',
'We voorzien in crisisinterventie en –opvang en zetten stappen voor de realisatie van faciliteiten op het gebied van onder meer vervoer. We prepareren ons op de ambtelijke en bestuurlijke rollen bij sociale crises, mede aan de hand van de principes van de reguliere crisisorganisatie.');
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t51a, 'MAIN_LINE', 5,
'De aanpak staat in precieze wisselwerking met gerelateerde (deel)taken als nazorg ex-gedetineerden, maatschappelijke opvang, beschermd wonen en alternatieve woonvormen, bemoeizorg voor ‘zorgwekkende zorgmijders’, aanpak huiselijk geweld (inclusief huisverbod) en verslavingszorg.',
'Voor specifieke thema’s, zoals woonoverlast, drugsoverlast en overlast van personen met verward gedrag, volgen we een daarop toegesneden aanpak met bijbehorende instrumenten.');
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t51a, 'MAIN_LINE', 6,
'Bijzondere aandacht gaat naar de effectieve verbinding van zorg en veiligheid.',
'In de aanpak van concrete casuïstiek én - als afgeleide daarvan – in de zin van samenwerking tussen deze domeinen op de verschillende schaalniveaus van onze aanpak, op ambtelijk niveau en op bestuurlijk niveau. We maken deze verbinding concreet, bewaken hiaten en dilemma’s en lossen die spoedig op.');

    -- 5.1 a APPROACH (lines 1247-1253)
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t51a, 'APPROACH', 7,
'Communicatie en voorlichting, laagdrempelig en via voor inwoners gebruikelijke kanalen.',
null);
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t51a, 'APPROACH', 8,
'Afspraken met professionals over het werken aan ‘samenredzaamheid’ door inwoners.',
null);
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t51a, 'APPROACH', 9,
'Buurtpreventieverenigingen vragen dit te bevorderen bij inwoners.',
null);

    -- 5.1 b MAIN_LINE (lines 1312-1357)
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t51b, 'MAIN_LINE', 0,
'Ook hier willen we onveiligheid zoveel mogelijk vóór zijn.',
'Cruciaal is goede preventie ofwel risico’s signaleren en daarop anticiperen door maatregelen te treffen. Inwoners hebben een sleutelrol. Die is in essentie tweeledig: ten eerste het treffen van concrete maatregelen, zoals goed hang- en sluitwerk en verlichting. Daarnaast ‘algemene alertheid’ vanuit bredere betrokkenheid bij de veiligheid van de woonomgeving. Op beide punten hebben wij als gemeente een ondersteunende rol, die we voortzetten en waar nodig intensiveren. We organiseren voorlichtingscampagnes over risico’s en maatregelen en helpen inwoners zo de juiste acties te kiezen. We sluiten daarbij aan op landelijke campagnes zoals het Donkere Dagen-offensief. Op hotspots intensiveren we voorlichting en advies. We stimuleren en faciliteren vormen van buurtpreventie en –participatie. Pijlers zijn buurtpreventieverenigingen, buurtapps (WhatsApp-groepen) en burgernet.');
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t51b, 'MAIN_LINE', 1,
'Ook als professionals investeren we in preventie.',
'We benutten de mogelijkheden van ‘veilig ontwerp’ bij (her)inrichting en gebiedsontwikkeling. Houden bij beheer en onderhoud van de openbare ruimte rekening met sociale veiligheid. Onze ’boa’s surveilleren preventief op hotspots van vermogenscriminaliteit en via communicatie houden we de algehele alertheid op peil en ontmoedigen we daders.');
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t51b, 'MAIN_LINE', 2,
'Aan de ‘achterkant’ zorgen we voor een stevige daderaanpak en investeren in heterdaadkracht.',
'Samen met onze partners voorzien we in een effectieve persoonsgerichte aanpak, inclusief nazorg en ‘doorzorg’ van ex-gedetineerden. We ondersteunen opsporing en heterdaad via onder meer het Digitaal Opkoopregister (DOR), het Digitaal Opkooploket (DOL), ‘track and trace’-methodes en intensivering van surveillance, mede in samenwerking met particuliere beveiligingsorganisaties.');
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t51b, 'MAIN_LINE', 3,
'We pakken onze regierol, ook bij dit thema.',
'Brengen partijen bij elkaar, preventie en repressie in balans. We zorgen voor een integrale planmatige basis en op plekken waar veel incidenten plaatsvinden, bevorderen we maatwerk met partners. We zorgen dat onze informatiepositie over ontwikkelingen in de criminaliteit accuraat is.');

    -- 5.1 b APPROACH (lines 1388-1396)
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t51b, 'APPROACH', 4,
'Voorlichtingscampagnes en communicatie over specifieke risico’s (bijvoorbeeld door middel van matrixborden).',
null);
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t51b, 'APPROACH', 5,
'Stimuleren van bewonersinitiatieven zoals burgernet, buurtpreventie, WhatsApp-groepen',
null);
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t51b, 'APPROACH', 6,
'Wijkschouwen houden met bewoners.',
null);
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t51b, 'APPROACH', 7,
'Meldpunt voor bewoners en communicatie daarover.',
null);

    -- 5.1 c MAIN_LINE (lines 1444-1493)
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t51c, 'MAIN_LINE', 0,
'Ook bij dit deelthema willen we problematiek zo vroeg mogelijk en in samenwerking met inwoners en andere partners oppakken.',
'We werken dan ook kerngericht, houden de vinger aan de pols, stemmen consequent af met partners in de dorpen. Belangrijk vehikel zijn de leefbaarheidskringen. Hierin stemmen professionals én buurtpreventieverenigingen af over actuele leefbaarheids- en veiligheidsissues.') returning id into v_activity;
    insert into activity_partner (activity_id, partner_id, role, wording, position)
    select v_activity, p.id, 'BETROKKEN', x.wording, x.pos from (values
        ('westland-leefbaarheidskringen', 'leefbaarheidskringen', 0),
        ('westland-buurtpreventieverenigingen', 'buurtpreventieverenigingen', 1)
    ) as x (key, wording, pos) join partner p on p.key = x.key;
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t51c, 'MAIN_LINE', 1,
'We zorgen dat ons instrumentarium is toegesneden op leefbaarheidsvraagstukken.',
'Hebben voor woonoverlast een effectieve set maatregelen beschikbaar, inclusief een helder escalatie-principe. We zijn toegerust op overlastissues rond arbeidsmigranten. Werken geïntegreerd aan leefbaarheid en kwaliteit van de openbare ruimte, stemmen de timing van fysieke en sociale maatregelen bijvoorbeeld af op de onderhoudscycli (cluster Ruimte) in de dorpen. En werken integraal aan verkeersveiligheid conform de systematiek van de drie ’e’s: Engineering (ontwerp en inrichting), Education (gedragsbeïnvloeding door educatie) en Enforcement (handhaving). Zie verder paragraaf 6.3 voor verkeersveiligheid.');
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t51c, 'MAIN_LINE', 2,
'We betrekken inwoners en ondernemers zo goed mogelijk bij onze leefbaarheidsaanpak.',
'Stimuleren betrokkenheid en zelfoplossend vermogen, cocreatie rond zowel fysieke als sociale aspecten van de woonomgeving. Zo brengen we bewoners in positie bij beheer en inrichting van de openbare ruimte maar ook bij analyse en aanpak van verkeersonveilige plekken.');
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t51c, 'MAIN_LINE', 3,
'We zijn ons bewust van het belang van zichtbare aanwezigheid van professionals en lokaal bestuur in de dorpen.',
'Dit geeft vertrouwen en stimuleert het veiligheidsgevoel. We zijn aanwezig via de leefbaarheidskringen, onze ’boa’s en in de eerste lijn natuurlijk via het Sociaal Kernteam. We zorgen dat we voldoende toegerust zijn om daadwerkelijk effectief aanwezig te kunnen zijn en gaan in dat kader bijvoorbeeld ook na welke stappen mogelijk en nodig zijn ten aanzien van de capaciteit en inzet van de boa’s.') returning id into v_activity;
    insert into activity_partner (activity_id, partner_id, role, wording, position)
    select v_activity, p.id, 'BETROKKEN', x.wording, x.pos from (values
        ('westland-leefbaarheidskringen', 'leefbaarheidskringen', 0),
        ('westland-sociaal-kernteam', 'Sociaal Kernteam', 1)
    ) as x (key, wording, pos) join partner p on p.key = x.key;

    -- 5.1 c APPROACH (lines 1513-1527)
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t51c, 'APPROACH', 4,
'Het samen/zelf oplossen door bewoners actief te stimuleren, eventueel via buurtbemiddeling.',
null);
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t51c, 'APPROACH', 5,
'Middelen/voorzieningen beschikbaar te stellen voor bewonersinitiatieven op het vlak van leefbaarheid.',
null);
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t51c, 'APPROACH', 6,
'Inwoners te ondersteunen in elkaar aanspreken op ongewenst gedrag, bijvoorbeeld door weerbaarheidstrainingen te verzorgen.',
null);
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t51c, 'APPROACH', 7,
'Leefregels voor de openbare ruimte op te stellen.',
null);
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t51c, 'APPROACH', 8,
'Faciliteren van kiss & ride-plekken bij scholen.',
null);

    -- 5.2 MAIN_LINE (lines 1600-1661)
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t52, 'MAIN_LINE', 0,
'Voorop staat de effectieve balans tussen ‘feest en economie’ enerzijds en ‘veiligheid’ anderzijds.',
'Deze balans is natuurlijk dynamisch, als gevolg van innovatie in de aanpak en maatschappelijke veranderingen. Dit laat onverlet dat deze balans het overall-kompas is en blijft bij dit onderwerp. We zijn hierover permanent in gesprek met veiligheidspartners, ondernemers en inwoners. Borgen dit bewustzijn ook breed in onze eigen ambtelijke en bestuurlijke organisatie.');
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t52, 'MAIN_LINE', 1,
'Daarnaast staat buiten kijf dat horecaondernemers en organisatoren een zware verantwoordelijkheid hebben voor de veiligheid rond uitgaan en evenementen.',
'Ook dit dragen wij actief en consistent uit in de afstemming en samenwerking met de ondernemers en organisatoren. In de voorbereidende overleggen voor de evenementen, via het horeca-overleg en op andere momenten. Natuurlijk is dit ook solide verankerd in regels en procedures. De in de driehoek met Openbaar Ministerie en politie afgesproken beleids- en tolerantiegrenzen zijn mede leidend.') returning id into v_activity;
    insert into activity_partner (activity_id, partner_id, role, wording, position)
    select v_activity, p.id, 'BETROKKEN', x.wording, x.pos from (values
        ('openbaar-ministerie', 'Openbaar Ministerie', 0),
        ('politie', 'politie', 1)
    ) as x (key, wording, pos) join partner p on p.key = x.key;
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t52, 'MAIN_LINE', 2,
'We zorgen dat onze veiligheidsinstrumenten - beleid, regelgeving, toezicht en handhaving – op peil zijn en blijven.',
'Creëren daarvoor vereiste randvoorwaarden, onder meer op het vlak van capaciteit. We werken daarbij nauw samen met onze veiligheidspartners - politie en veiligheidsregio – maar ook met de vele, actief betrokken Westlandse vrijwilligers zoals EHBO‘ers en verkeersregelaars. De veiligheid rond evenementen is per 2019 solide verankerd in ons nieuwe evenementenbeleid. Dit is via een uitgebreid participatietraject met tal van organisaties, inwoners en ondernemers tot stand gebracht. Belangrijke elementen zijn het evenemententerrein, de evenementenkalender, toegestane geluidsniveaus, omgang met alcohol en verkeers- en brandveiligheid.') returning id into v_activity;
    insert into activity_partner (activity_id, partner_id, role, wording, position)
    select v_activity, p.id, 'BETROKKEN', x.wording, x.pos from (values
        ('politie', 'politie', 0),
        ('veiligheidsregio-haaglanden', 'veiligheidsregio', 1)
    ) as x (key, wording, pos) join partner p on p.key = x.key;
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t52, 'MAIN_LINE', 3,
'Accenten rond horeca en uitgaan zijn geluidsoverlast en sluitingstijden.',
'Ook acteren we op aan uitgaan gerelateerde zaken zoals de zogenaamde slooproutes – het spoor van vernielingen en geluidoverlast langs routes van naar huis terugkerende jongeren.');
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t52, 'MAIN_LINE', 4,
'We houden speciaal zicht op de gezondheids- en veiligheidsrisico’s rond alcohol en drugs, werken samen met ondernemers, veiligheidspartners en instellingen aan de beteugeling van deze risico’s.',
'Via voorlichting en communicatie maar ook via interventies en handhaving.');
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t52, 'MAIN_LINE', 5,
'Cruciale karakteristiek bij de veiligheid rond uitgaan en evenementen is publiek-private samenwerking.',
'Bij de evenementen is dit manifest in de processen rond elk afzonderlijk evenement. Bij horeca en uitgaan is dit nu vooral geborgd in het horeca-overleg. We verkennen of we deze basis kunnen versterken.');

    -- 5.2 APPROACH (lines 1686-1698)
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t52, 'APPROACH', 6,
'Heldere en transparante regels over de veiligheid van evenementen.',
null);
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t52, 'APPROACH', 7,
'In gesprek blijven met de organisatoren.',
null);
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t52, 'APPROACH', 8,
'Indien noodzakelijk handhavend optreden.',
null);
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t52, 'APPROACH', 9,
'Trainingen voor verantwoord alcoholschenken (bijvoorbeeld IVA-instructie).',
null);
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t52, 'APPROACH', 10,
'Promoten van alcoholvrij aanbod in horeca en tijdens evenementen',
null);
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t52, 'APPROACH', 11,
'Verzorgen campagnemateriaal NIX18.',
null);
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t52, 'APPROACH', 12,
'Inzetten van rolmodellen, bijvoorbeeld bekende sporters, voor verantwoord alcoholgebruik.',
null);

    -- 5.3 MAIN_LINE (lines 1742-1797)
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t53, 'MAIN_LINE', 0,
'We zorgen voor een stevige ‘eerste lijn’, zijn aanwezig in de dorpen, volgen en ‘kennen’ de jeugdgroepen, zeker de meer problematische.',
'In deze eerste lijn zetten we in op preventie en activering maar signaleren we ook serieuzere problemen, acteren daarop en escaleren indien nodig. Belangrijke schakels in de eerste lijn zijn het preventieve jongerenwerk, het Sociaal Kernteam en de Leefbaarheidskringen. Ook de buurtpreventieverenigingen spelen hier een belangrijke rol. We zorgen dat deze schakels op peil zijn en elkaar weten te vinden, zetten eventueel stappen ter versteviging. In te zetten professionals moeten, zowel kwalitatief als kwantitatief, berekend zijn op de fenomenen die zich voordoen.') returning id into v_activity;
    insert into activity_partner (activity_id, partner_id, role, wording, position)
    select v_activity, p.id, 'BETROKKEN', x.wording, x.pos from (values
        ('westland-sociaal-kernteam', 'Sociaal Kernteam', 0),
        ('westland-leefbaarheidskringen', 'Leefbaarheidskringen', 1),
        ('westland-buurtpreventieverenigingen', 'buurtpreventieverenigingen', 2)
    ) as x (key, wording, pos) join partner p on p.key = x.key;
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t53, 'MAIN_LINE', 1,
'Waar problemen serieuzer worden, volgen we een intensievere aanpak.',
'Die heeft veelal zowel groeps- als persoonsgerichte elementen. Afhankelijk van de problematiek ligt het accent meer op de groep dan wel op individuen. We werken conform het (landelijke) ‘zeven stappen-model’ en maken gebruik van de groepsscan-methodiek van de politie. Schakels in deze intensievere aanpak zijn de Leefbaarheidskringen, de Veiligheidskamer en het Veiligheidshuis. Deze laatste twee geven uitvoering aan de persoons- en systeemgerichte aanpak. Belangrijke aspecten van zo’n intensievere aanpak zijn triage, tijdigheid van opschaling, effectieve verbinding van zorg en veiligheid.') returning id into v_activity;
    insert into activity_partner (activity_id, partner_id, role, wording, position)
    select v_activity, p.id, 'BETROKKEN', x.wording, x.pos from (values
        ('politie', 'politie', 0),
        ('westland-leefbaarheidskringen', 'Leefbaarheidskringen', 1),
        ('westland-veiligheidskamer', 'Veiligheidskamer', 2),
        ('zorg-en-veiligheidshuis-haaglanden', 'Veiligheidshuis', 3)
    ) as x (key, wording, pos) join partner p on p.key = x.key;
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t53, 'MAIN_LINE', 2,
'Waar nodig intensiveren we gebiedsgericht.',
'Weer met persoons- en groepsgerichte elementen maar ook met flankerende maatregelen op het vlak van onder meer vrije tijd, openbare ruimte, onderwijs en werk. Hierbij zoeken we nadrukkelijk de verbinding met omwonenden en ouders');
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t53, 'MAIN_LINE', 3,
'We verstevigen de samenwerking met het onderwijs.',
'Scholen zijn immers bij uitstek vindplaatsen van en partners in zorg- en veiligheidsvraagstukken rond jeugd.');
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t53, 'MAIN_LINE', 4,
'Speciale aandacht hebben we voor alcohol- en drugspreventie.',
'We werken hierbij samen met onder meer bureau Halt, onderwijs, jongerenwerk, horeca, sportverenigingen en evenementenorganisatoren. Afstemming met partners vindt plaats via de Werkgroep Alcoholpreventie. Ook de handhaving houden we op het vereiste peil: we controleren systematisch de naleving van de Drank- en Horecawet, bij horeca, slijterijen, supermarkten en para-commerciële instellingen.') returning id into v_activity;
    insert into activity_partner (activity_id, partner_id, role, wording, position)
    select v_activity, p.id, 'BETROKKEN', x.wording, x.pos from (values
        ('halt', 'bureau Halt', 0),
        ('westland-werkgroep-alcoholpreventie', 'Werkgroep Alcoholpreventie', 1)
    ) as x (key, wording, pos) join partner p on p.key = x.key;

    -- 5.3 APPROACH (lines 1825-1829)
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t53, 'APPROACH', 5,
'Leefregels in de openbare ruimte af te spreken.',
null);
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t53, 'APPROACH', 6,
'Inwoners te ondersteunen in het aanspreken op ongewenste gedrag.',
null);
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t53, 'APPROACH', 7,
'In de ‘eerste lijn’ bij jeugdoverlast altijd ouders, buurt, school te betrekken.',
null);

    -- 5.4 MAIN_LINE (lines 1908-1992)
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t54, 'MAIN_LINE', 0,
'Essentie van de bestuurlijke aanpak van georganiseerde criminaliteit is ‘barrières opwerpen’, hinderen.',
'Met ons instrumentarium kunnen we, in samenwerking met onze partners, de criminele industrie verstoren. We scherpen onze bestuurlijke instrumenten - beleid, regelgeving en vergunningen, toezicht en handhaving - daarop aan, zetten deze consequent in en innoveren waar nodig. Belangrijke onderdelen zijn het BIBOB-instrumentarium en het Damocles-beleid (aanpak drugspanden). Met name onze BIBOB-aanpak gaan we een robuuster profiel geven. Via consequent toezicht en handhaving signaleren én voorkomen we: we doorbreken de anonimiteit, zitten ondermijning ‘in de weg’. Op locaties en in branches waar risico’s samenkomen kiezen we voor integrale handhaving.');
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t54, 'MAIN_LINE', 1,
'We versterken onze informatiepositie, benutten en verbinden reeds beschikbare informatie, analyseren en verrijken die.',
'We borgen dit proces, structureren en innoveren onze ‘intelligence’, creëren de benodigde tools en voorzieningen. Het RIEC ondersteunt ons bij het ontwikkelen van een breed gemeentelijk ondermijningsbeeld en weerbaarheidsbeeld, belangrijke pijlers van onze informatiepositie.') returning id into v_activity;
    insert into activity_partner (activity_id, partner_id, role, wording, position)
    select v_activity, p.id, 'BETROKKEN', x.wording, x.pos from (values
        ('riec-haaglanden', 'RIEC', 0)
    ) as x (key, wording, pos) join partner p on p.key = x.key;
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t54, 'MAIN_LINE', 2,
'Effectieve bestuurlijke aanpak van ondermijnende criminaliteit begint met awareness van de symptomen en risico’s ervan.',
'Dit zintuig dient breed aanwezig te zijn, zowel ambtelijk als bestuurlijk. We investeren hierin, samen met partners en in wisselwerking met de stappen rond onze informatiepositie.');
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t54, 'MAIN_LINE', 3,
'Ook voorzien we in de vereiste organisatorische voorwaarden voor effectieve bestuurlijke aanpak.',
'Dit omvat onder meer ambtelijke capaciteit voor regievoering en uitvoeringstaken, specifieke expertise op het juridische vlak en intelligence.');
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t54, 'MAIN_LINE', 4,
'Andere randvoorwaarde is bestuurlijke weerbaarheid.',
'Het bestuurlijk handelen dient soeverein te zijn, niet beïnvloed te worden door ondermijnende krachten. We zijn hier alert op en creëren accurate randvoorwaarden voor veilige publieke taakuitoefening en ambtelijke en bestuurlijke integriteit.');
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t54, 'MAIN_LINE', 5,
'We zetten minstens zo sterk in op maatschappelijke weerbaarheid.',
'We informeren ondernemers, inwoners, instellingen over risico’s die zij lopen en hoe te handelen. We werken samen met branches aan het opwerpen van barrières. We verstevigen positieve tendensen op bedrijvenlocaties, onder meer via samenwerkingsvormen zoals het Keurmerk Veilig Ondernemen. We intensiveren de publiek-private samenwerking met belangrijke partijen zoals Royal FloraHolland, de Westlandse Vereniging van Uitzenders (WVU) en LTO Glaskracht.') returning id into v_activity;
    insert into activity_partner (activity_id, partner_id, role, wording, position)
    select v_activity, p.id, 'BETROKKEN', x.wording, x.pos from (values
        ('royal-floraholland', 'Royal FloraHolland', 0),
        ('westlandse-vereniging-van-uitzenders', 'Westlandse Vereniging van Uitzenders (WVU)', 1),
        ('lto-glaskracht-noord', 'LTO Glaskracht', 2)
    ) as x (key, wording, pos) join partner p on p.key = x.key;
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t54, 'MAIN_LINE', 6,
'Onze aanpak staat in verbinding met flankerend gemeentelijk beleid op terreinen als economie en vrije tijd, zorg, wonen, milieu en infrastructuur.',
'Belangrijke partners zijn politie, Openbaar Ministerie, RIEC, Belastingdienst, FIOD, Veiligheidsregio/regionale brandweer, bedrijfsleven, koepelorganisaties. We werken integraal samen met deze partners aan de verdere versterking van onze aanpak.') returning id into v_activity;
    insert into activity_partner (activity_id, partner_id, role, wording, position)
    select v_activity, p.id, 'BETROKKEN', x.wording, x.pos from (values
        ('politie', 'politie', 0),
        ('openbaar-ministerie', 'Openbaar Ministerie', 1),
        ('riec-haaglanden', 'RIEC', 2),
        ('belastingdienst', 'Belastingdienst', 3),
        ('fiod', 'FIOD', 4),
        ('veiligheidsregio-haaglanden', 'Veiligheidsregio/regionale brandweer', 5)
    ) as x (key, wording, pos) join partner p on p.key = x.key;
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t54, 'MAIN_LINE', 7,
'In komende tijd richten we ons in het bijzonder op de aanpak van mensenhandel en arbeidsuitbuiting.',
'De economische karakteristieken van onze gemeente maken het risico van dit fenomeen verhoudingsgewijs groot – er is een relatief stevige ‘gelegenheidsstructuur’. We voeren een integrale, programmatische aanpak rond dit onderwerp, inclusief alle facetten zoals hier beschreven: solide regelgeving, toezicht en handhaving; verbindingen met flankerend gemeentelijk beleid op vlakken als wonen, zorg en welzijn; versterking van de maatschappelijke en bestuurlijke weerbaarheid; en versteviging van informatie, analyse en intelligence.');

    -- 5.4 APPROACH (lines 2017-2019)
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t54, 'APPROACH', 8,
'Meldpunt Ondermijning, actieve communicatie daarover.',
null);
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t54, 'APPROACH', 9,
'Awareness-/weerbaarheidstrainingen voor inwoners en ondernemers.',
null);

    -- 6.1 MAIN_LINE (lines 2067-2087)
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t61, 'MAIN_LINE', 0,
'Publiek-private samenwerking.',
'Samen met ondernemers, politie en brandweer werken we aan het ‘schoon, heel en veilig’ krijgen en houden van winkelgebieden en bedrijventerreinen. Dit doen we met gebruikmaking van het format Keurmerk Veilig Ondernemen (KVO). Partijen bepalen samen een meerjarenaanpak en sturen gezamenlijk op de uitvoering daarvan. We breiden het aantal KVO-gebieden (winkelgebieden en bedrijventerreinen) uit in komende tijd. Daarbij wordt de juiste verbindingen gelegd met aanwezige BIZ-samenwerking (Bedrijven InvesteringsZone). KVO en BIZ kunnen elkaar goed versterken. Belangrijk partner bij de KVO-samenwerking is het MKB.') returning id into v_activity;
    insert into activity_partner (activity_id, partner_id, role, wording, position)
    select v_activity, p.id, 'BETROKKEN', x.wording, x.pos from (values
        ('politie', 'politie', 0),
        ('brandweer-haaglanden', 'brandweer', 1),
        ('mkb-westland', 'MKB', 2)
    ) as x (key, wording, pos) join partner p on p.key = x.key;
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t61, 'MAIN_LINE', 1,
'Integrale aanpak.',
'We leggen verbindingen met onder meer de aanpak van ondermijnende criminaliteit, externe veiligheidsrisico’s, verkeersveiligheid, inrichting en beheer van de openbare ruimte.');

    -- 6.2 MAIN_LINE (lines 2119-2140)
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t62, 'MAIN_LINE', 0,
'Regelgeving, procedures op orde.',
'We zetten onze bestuurlijke instrumenten adequaat en risicogericht in. Belangrijke componenten zijn regelgeving en toezicht en handhaving. Het gaat onder meer om overlast rond en illegale bewoning/verblijf op recreatieparken en overlast, kleine ergernissen en criminaliteit in recreatiegebied, op het strand en rond de strandslagen.');
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t62, 'MAIN_LINE', 1,
'Ondernemers in positie.',
'We werken actief samen met de toerisme- en recreatieondernemers in onze veiligheidsaanpak, brengen hen nadrukkelijk in positie.');
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t62, 'MAIN_LINE', 2,
'Integrale aanpak.',
'We leggen verbindingen met onder meer recreatie- en toerismebeleid, economisch beleid en omgevingsbeleid. Geïntegreerd onderdeel van onze aanpak is de ‘waterveiligheid’, met als belangrijke samenwerkingspartner de reddingsbrigades.') returning id into v_activity;
    insert into activity_partner (activity_id, partner_id, role, wording, position)
    select v_activity, p.id, 'BETROKKEN', x.wording, x.pos from (values
        ('westland-reddingsbrigades', 'reddingsbrigades', 0)
    ) as x (key, wording, pos) join partner p on p.key = x.key;
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t62, 'MAIN_LINE', 3,
'Vitalisering.',
'Doelstelling is mede ‘vitalisering’ van deze branche. Veiligheid is hierbij de noodzakelijke basis.');

    -- 6.3 MAIN_LINE (lines 2150-2172)
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t63, 'MAIN_LINE', 0,
'Education ofwel gedragsbeïnvloeding via voorlichting/communicatie en educatie.',
'Dit doen we risicogericht: we concentreren ons op risicogroepen en -routes, in het bijzonder fietsers (in het algemeen), kinderen, senioren, schoolfietsroutes. We werken samen met partners zoals het onderwijs, politie, Veilig Verkeer Nederland en de provincie. We sluiten aan op regionale, provinciale en landelijke campagnes.') returning id into v_activity;
    insert into activity_partner (activity_id, partner_id, role, wording, position)
    select v_activity, p.id, 'BETROKKEN', x.wording, x.pos from (values
        ('politie', 'politie', 0),
        ('veilig-verkeer-nederland', 'Veilig Verkeer Nederland', 1),
        ('provincie-zuid-holland', 'provincie', 2)
    ) as x (key, wording, pos) join partner p on p.key = x.key;
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t63, 'MAIN_LINE', 1,
'Enforcement ofwel handhaving.',
'Op hotspots van verkeersovertredingen wordt de handhaving opgevoerd.');
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t63, 'MAIN_LINE', 2,
'Engineering ofwel infrastructurele maatregelen.',
'We continueren onze aanpak rond verkeersremmende maatregelen in woongebieden. Interventies worden uitgevoerd als onderdeel van grootonderhoud.');
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t63, 'MAIN_LINE', 3,
'Samenwerken met bewoners aan subjectieve en objectieve verkeersveiligheid.',
'In samenwerking met bewoners wordt verkeersonveiligheid geanalyseerd en aangepakt.');

    -- Brandveiligheid MAIN_LINE (lines 2197-2261)
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t64a, 'MAIN_LINE', 0,
'Risicobeheersing.',
'Doelstelling is minder branden, minder slachtoffers en minder schade. Daarvoor werken we steeds meer risicogericht in plaats van regelgericht. Het voldoen aan regels voorkomt namelijk niet dat er branden plaatsvinden; de oorzaak ligt veelal in menselijk gedrag. Risicogericht advies is maatwerk, houdt preciezer rekening met ‘echte’ risico’s. Belangrijke activiteiten in het kader van risicobeheersing zijn voorlichting en communicatie (‘Brandveilig Leven, ‘Brandveilig Ondernemen’), advisering over brandveiligheid bij ruimtelijke aspecten en vergunningverlening en het houden va brandveiligheidstoezicht en ondersteuning bij de handhaving. De focus ligt op de risicogroepen zoals ouderen, schoolkinderen en verminderd zelfredzame huishoudens. Een thematisch accent is bijvoorbeeld het veilig stallen van scootmobiels. De brandweer volgt een netwerkbenadering: zij legt contacten, zoekt de samenwerking met onder meer woningcorporaties, zorginstellingen, bewoners- en ondernemersplatforms en ouderenorganisaties. Met ondernemers wordt samengewerkt binnen publiek-private samenwerkingsverbanden zoals Keurmerk Veilig Ondernemen.') returning id into v_activity;
    insert into activity_partner (activity_id, partner_id, role, wording, position)
    select v_activity, p.id, 'BETROKKEN', x.wording, x.pos from (values
        ('brandweer-haaglanden', 'brandweer', 0),
        ('woningcorporaties', 'woningcorporaties', 1)
    ) as x (key, wording, pos) join partner p on p.key = x.key;
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t64a, 'MAIN_LINE', 1,
'Incidentbestrijding.',
'Effectieve incidentbestrijding vereist dat de brandweerorganisatie op peil is, op peil in de zin van menskracht, middelen en voorzieningen. Dit geeft voldoende slagkracht en dekkingsgraad. Via het beleidsplan van de veiligheidsregio worden hierin benodigde keuzes gemaakt. In Westland wordt de incidentbestrijding volledig uitgevoerd door vrijwilligers. Opvallend is de hoge bezettingsgraad – de veiligheidsregio ondervindt, anders reltief weinig problemen bij het op peil houden van de repressiecapaciteit, hoewel dit natuurlijk, net als elders, wel een belangrijk aandachtspunt blijft.') returning id into v_activity;
    insert into activity_partner (activity_id, partner_id, role, wording, position)
    select v_activity, p.id, 'BETROKKEN', x.wording, x.pos from (values
        ('veiligheidsregio-haaglanden', 'veiligheidsregio', 0)
    ) as x (key, wording, pos) join partner p on p.key = x.key;
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t64a, 'MAIN_LINE', 2,
'Regierol gemeente.',
'Accenten in onze regierol zijn, gegeven de opgaven op het vlak van risicobeheersing en incidentbestrijding:
- Bevorderen dat professionals, bewoners en ondernemers betrokken raken bij activiteiten op het gebied van preventie en brandveilig leven. We ondersteunen de netwerkbenadering van de veiligheidsregio.
- Bevorderen wisselwerking gemeentelijk beleid op vlakken zoals zorg en sociaal domein (risico’s rond verminderd zelfredzame huishoudens) en wonen (op basis van woonvisie afspraken maken over brandveiligheidsvoorzieningen en inrichting en beheer openbare ruimte, onder meer bereikbaarheid en bluswatervoorzieningen).
- Bevorderen dat de veiligheidsregio in algemene zin effectief, vroegtijdig in positie is bij planvorming en vergunningverlening.') returning id into v_activity;
    insert into activity_partner (activity_id, partner_id, role, wording, position)
    select v_activity, p.id, 'BETROKKEN', x.wording, x.pos from (values
        ('veiligheidsregio-haaglanden', 'veiligheidsregio', 0)
    ) as x (key, wording, pos) join partner p on p.key = x.key;

    -- Externe veiligheid/risico’s gevaarlijke stoffen MAIN_LINE (lines 2267-2281)
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t64b, 'MAIN_LINE', 0,
'Beleid, regelgeving, vergunning en handhaving op orde.',
'We houden het uitvoeringskader externe veiligheid (EV) actueel en in pas met de ontwikkelingen rond het omgevingsveiligheid. Voorop staat consequente handhaving bij overschrijding van toegestane risico’s.');
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t64b, 'MAIN_LINE', 1,
'Risicocommunicatie.',
'We zetten in samenwerking met de veiligheidsregio communicatie-instrumenten in met het oog op awareness en zelfredzaamheid.') returning id into v_activity;
    insert into activity_partner (activity_id, partner_id, role, wording, position)
    select v_activity, p.id, 'BETROKKEN', x.wording, x.pos from (values
        ('veiligheidsregio-haaglanden', 'veiligheidsregio', 0)
    ) as x (key, wording, pos) join partner p on p.key = x.key;
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t64b, 'MAIN_LINE', 2,
'Regierol gemeente.',
'We vertalen risico’s door in ruimtelijke ordening, leggen de verbinding met kwaliteit crisisbeheersing, met flankerend gemeentelijk beleid zoals evenementenbeleid.');

    -- Crisisbeheersing/bevolkingszorg MAIN_LINE (lines 2287-2330)
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t64c, 'MAIN_LINE', 0,
'Regionale samenwerking.',
'We stemmen af en werken samen binnen de Veiligheidsregio Haaglanden.') returning id into v_activity;
    insert into activity_partner (activity_id, partner_id, role, wording, position)
    select v_activity, p.id, 'BETROKKEN', x.wording, x.pos from (values
        ('veiligheidsregio-haaglanden', 'Veiligheidsregio Haaglanden', 0)
    ) as x (key, wording, pos) join partner p on p.key = x.key;
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t64c, 'MAIN_LINE', 1,
'Lokale crisisorganisatie op peil.',
'We zorgen dat de lokale sleutelfuncties en lokale faciliteiten en voorzieningen effectief ingevuld zijn. We voorzien in voorwaarden zoals een piketregeling voor de Officieren van Dienst-Bevolkingszorg en regionale piketfuncties binnen de Veilgheidsregio.');
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t64c, 'MAIN_LINE', 2,
'Deskundigheidsbevordering/OTO.',
'We leiden op, trainen en oefenen en zorgen zo dat de crisisorganisatie ‘klaar staat’ en adequaat kan optreden bij incidenten van klein tot groot. We werken lokaal vanuit een meerjarig oefenplan (inclusief systeemoefeningen).');
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t64c, 'MAIN_LINE', 3,
'Implementatie Beleidskader ‘Bevolkingszorg op orde 2.0’. We leggen de focus op niet-zelfredzamen en werken risicogericht.',
'We houden rekening met zelfredzaamheid in de vormgeving en doorontwikkeling van onze preparatie. We investeren in verdere professionalisering van de crisisorganisatie en de aansluiting daarvan op de bestuurlijke organisatie.');
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t64c, 'MAIN_LINE', 4,
'Preparatie op maatschappelijke onrust/sociale calamiteiten.',
'Waar dit meerwaarde heeft, benutten we de crisisbeheersingssystematiek voor opschaling en coördinatie van maatregelen bij maatschappelijke onrust en acute sociale crises.');
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t64c, 'MAIN_LINE', 5,
'Nazorg waar nodig.',
'We zijn scherp op incidenten waarbij nazorg richting getroffenen of een buurt wenselijk is.');
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t64c, 'MAIN_LINE', 6,
'Crisiscommunicatie.',
'We vinden het belangrijk dat er tijdens een incident tijdige, juiste en betrouwbare informatie verspreid wordt. Dit kan onrust onder de bevolking wegnemen of zelfs mensenlevens redden.');

    -- Conventionele explosieven MAIN_LINE (lines 2341-2353)
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t64d, 'MAIN_LINE', 0,
'Randvoorwaarden op peil.',
'Dit betekent onder meer het op peil houden van het werkprotocol, de explosievenkaart waarin de risicogebieden staan aangegeven waar mogelijk nog CE in de bodem zit en weten hoe te handelen bij incidenten. Beide documenten worden eind 2018 herijkt.');
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t64d, 'MAIN_LINE', 1,
'Samenwerking met interne en externe partijen volgens het herijkte werkprotocol.',
null);
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t64d, 'MAIN_LINE', 2,
'Herijken van het explosievenbeleid uit 2006 waar het werkprotocol en de explosievenkaart onderdeel van uitmaken.',
null);

    -- 6.5 MAIN_LINE (lines 2383-2415)
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t65, 'MAIN_LINE', 0,
'Blijven inzetten op algemene preventie.',
'Dit doen we via inclusie- en participatiebeleid, onderwijs- en arbeidsmarktbeleid, antidiscriminatiebeleid.');
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t65, 'MAIN_LINE', 1,
'Samenwerking met instellingen en maatschappelijke partners.',
'We stemmen af over preventie, weten elkaar tijdig te vinden. Meldingen en signalen over mogelijke radicalisering komen meestal vanuit ons maatschappelijk netwerk. We richten een platform in waarin de relevante organisaties zijn vertegenwoordigd en met elkaar in gesprek gaan over polarisatie en radicalisering. Doelen zijn bewustwording, signalering en advisering');
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t65, 'MAIN_LINE', 2,
'Deskundigheidsbevordering van professionals/eerstelijnswerkers.',
'Het netwerk van maatschappelijke partners, het onderwijs en sleutelfiguren wordt geschoold en betrokken bij de aanpak.');
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t65, 'MAIN_LINE', 3,
'Adequate aanpak casuïstiek.',
'Dit richt zich onder meer op zogenaamde uitreizigers, terugkeerders en/of facilitators. In concrete situaties weten we hoe te handelen, schalen tijdig op. We voeren casusoverleg met politie, NCTV en OM, staan in contact met lokale, regionale en landelijke partners.') returning id into v_activity;
    insert into activity_partner (activity_id, partner_id, role, wording, position)
    select v_activity, p.id, 'BETROKKEN', x.wording, x.pos from (values
        ('politie', 'politie', 0),
        ('nctv', 'NCTV', 1),
        ('openbaar-ministerie', 'OM', 2)
    ) as x (key, wording, pos) join partner p on p.key = x.key;
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t65, 'MAIN_LINE', 4,
'Terrorismegevolgbestrijding.',
'Deze geven we vorm in samenwerking met de hulpdiensten.');

    -- 6.6 MAIN_LINE (lines 2429-2455)
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t66, 'MAIN_LINE', 0,
'Randvoorwaarden voor beschikbaarheid, integriteit en vertrouwelijkheid van informatie.',
'We beveiligen onze systemen, geven invulling aan privacyregels, voeren een effectief governancemodel en weten hoe te handelen bij incidenten.');
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t66, 'MAIN_LINE', 1,
'Risicogericht werken.',
'We passen onze beveiligingscriteria en –voorzieningen aan op geschatte risico’s.');
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t66, 'MAIN_LINE', 2,
'Risicobewustzijn personeel.',
'Dit versterken we via interne communicatie en regelmatige tests en controles. We investeren nadrukkelijk in ‘houding en gedrag’ van medewerkers.');
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t66, 'MAIN_LINE', 3,
'Voorbeeldfunctie externe partners.',
'In onze contacten met lokale (uitvoerings)partners dragen we consequent ons informatiebeleid uit. We stimuleren partners te werken volgens vergelijkbare richtlijnen en dit vast te leggen in verwerkingsovereenkomsten indien van toepassing.');
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t66, 'MAIN_LINE', 4,
'Toetsing en kwaliteitsbewaking.',
'Dit doen we met behulp van landelijke formats zoals de ENSIA (Eenduidige Normatiek Single Information Audit) en Wsjg.nl (WaarStaatJeGemeente.nl).');

    -- 6.7 MAIN_LINE (lines 2465-2483)
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t67, 'MAIN_LINE', 0,
'Randvoorwaarden op peil.',
'Dit betreft onder meer de beschikbaarheid van agressie-protocollen, registratie van incidenten en opvolging door leidinggevenden.');
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t67, 'MAIN_LINE', 1,
'Bewustwording én ‘levend houden’ van het onderwerp.',
'We dragen onze norm consequent uit binnen de organisatie en zorgen daarmee dat VPT een levend, actueel onderwerp is en blijft in reguliere ambtelijke en bestuurlijke processen.');
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t67, 'MAIN_LINE', 2,
'Voorbeeldfunctie externe partners.',
'We dragen ons VPT-beleid consequent uit naar partners.');
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t67, 'MAIN_LINE', 3,
'Verbinding met ondermijningsaanpak.',
'Veiligheid Publieke Taak is mede een pijler van onze ondermijningsaanpak, in het kader van bestuurlijke weerbaarheid (zie paragraaf 5.4). We hebben speciaal oog voor dit raakvlak, geven dit bestendig vorm.');

    -- 6.8 MAIN_LINE (lines 2493-2511)
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t68, 'MAIN_LINE', 0,
'Randvoorwaarden op peil.',
'Dit betreft onder meer gedragscodes (ambtelijk, bestuurlijk, politiek), klokkenluiders, vertrouwenspersonen, meldprocedures.');
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t68, 'MAIN_LINE', 1,
'Bewustwording én ‘levend houden’.',
'We houden ‘integriteit’ op de agenda en zorgen tegelijk dat het een gewoon gespreksonderwerp is. We dragen onze collectieve norm uit.');
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t68, 'MAIN_LINE', 2,
'Inspelen op de risico’s van decentralisaties en de netwerksamenleving.',
'De intensivering en complicering van wisselwerking met de samenleving leiden tot nieuwe integriteitsrisico’s. We werken aan awareness hiervan én aan handelingsperspectief - hoe om te gaan met dilemma’s.');
    insert into activity (framework_id, theme_id, kind, position, title, description)
    values (v_framework, v_t68, 'MAIN_LINE', 3,
'Verbinding met ondermijningsaanpak.',
'Ook het onderwerp integriteit is geïntegreerd onderdeel van onze ondermijningsaanpak. We leggen de vereiste verbindingen.');

    -- Indicators: KPIs with baseline and 2022 target; each baseline also stored as a measurement ------

    -- hoofdstuk 3: 37 [2017] / ≤ 35 (line 619)
    insert into kpi (framework_id, theme_id, position, name, unit, source, kind, comparator,
                     baseline_value, baseline_text, baseline_year, target_value, target_text, target_year)
    values (v_framework, null, 0, 'totaal misdrijven (p. 1.000 inwoners)', 'per 1.000 inwoners', 'politie', 'NUMERIC', 'AT_MOST',
            37, null, 2017, 35, null, 2022)
    returning id into v_kpi;
    insert into measurement (kpi_id, period, year, value, source, note)
    values (v_kpi, '2017', 2017, 37, 'politie', 'uitgangswaarde 37 [2017]');

    -- hoofdstuk 3: 7,4 [2017] / ≥ 7,5 (line 621)
    insert into kpi (framework_id, theme_id, position, name, unit, source, kind, comparator,
                     baseline_value, baseline_text, baseline_year, target_value, target_text, target_year)
    values (v_framework, null, 1, 'rapportcijfer veiligheid van de buurt', 'rapportcijfer', 'veiligheidsmonitor', 'NUMERIC', 'AT_LEAST',
            7.4, null, 2017, 7.5, null, 2022)
    returning id into v_kpi;
    insert into measurement (kpi_id, period, year, value, source, note)
    values (v_kpi, '2017', 2017, 7.4, 'veiligheidsmonitor', 'uitgangswaarde 7,4 [2017]');

    -- 5.1 a: 4,2% [2017] / ≤ 4 % (lines 1282-1286)
    insert into kpi (framework_id, theme_id, position, name, unit, source, kind, comparator,
                     baseline_value, baseline_text, baseline_year, target_value, target_text, target_year)
    values (v_framework, v_t51a, 2, '% inwoners dat veel overlast ervaart van buurtbewoners', '%', 'veiligheidsmonitor', 'NUMERIC', 'AT_MOST',
            4.2, null, 2017, 4, null, 2022)
    returning id into v_kpi;
    insert into measurement (kpi_id, period, year, value, source, note)
    values (v_kpi, '2017', 2017, 4.2, 'veiligheidsmonitor', 'uitgangswaarde 4,2% [2017]');

    -- 5.1 b: 3,8 [2017] / ≤ 3,5 (line 1418)
    insert into kpi (framework_id, theme_id, position, name, unit, source, kind, comparator,
                     baseline_value, baseline_text, baseline_year, target_value, target_text, target_year)
    values (v_framework, v_t51b, 3, 'woninginbraken (p/1.000 inwoners)', 'per 1.000 inwoners', 'politie', 'NUMERIC', 'AT_MOST',
            3.8, null, 2017, 3.5, null, 2022)
    returning id into v_kpi;
    insert into measurement (kpi_id, period, year, value, source, note)
    values (v_kpi, '2017', 2017, 3.8, 'politie', 'uitgangswaarde 3,8 [2017]');

    -- 5.1 b: 1,6 [2017] / ≤ 1,5 (line 1420)
    insert into kpi (framework_id, theme_id, position, name, unit, source, kind, comparator,
                     baseline_value, baseline_text, baseline_year, target_value, target_text, target_year)
    values (v_framework, v_t51b, 4, 'auto-inbraak (p/1.000 inwoners)', 'per 1.000 inwoners', 'politie', 'NUMERIC', 'AT_MOST',
            1.6, null, 2017, 1.5, null, 2022)
    returning id into v_kpi;
    insert into measurement (kpi_id, period, year, value, source, note)
    values (v_kpi, '2017', 2017, 1.6, 'politie', 'uitgangswaarde 1,6 [2017]');

    -- 5.1 c: PM [2017] / ≤ PM (lines 1556-1560)
    insert into kpi (framework_id, theme_id, position, name, unit, source, kind, comparator,
                     baseline_value, baseline_text, baseline_year, target_value, target_text, target_year)
    values (v_framework, v_t51c, 5, 'incidenten woonoverlast (p/1.000 inwoners)', 'per 1.000 inwoners', 'politie', 'NUMERIC', 'AT_MOST',
            null, 'PM', 2017, null, 'PM', 2022)
    returning id into v_kpi;
    insert into measurement (kpi_id, period, year, value_text, source, note)
    values (v_kpi, '2017', 2017, 'PM', 'politie', 'uitgangswaarde PM [2017]');

    -- 5.1 c: 7,5 [2017] / ≥ 7,5 (lines 1562-1566)
    insert into kpi (framework_id, theme_id, position, name, unit, source, kind, comparator,
                     baseline_value, baseline_text, baseline_year, target_value, target_text, target_year)
    values (v_framework, v_t51c, 6, 'rapportcijfer leefbaarheid van de buurt', 'rapportcijfer', 'veiligheidsmonitor', 'NUMERIC', 'AT_LEAST',
            7.5, null, 2017, 7.5, null, 2022)
    returning id into v_kpi;
    insert into measurement (kpi_id, period, year, value, source, note)
    values (v_kpi, '2017', 2017, 7.5, 'veiligheidsmonitor', 'uitgangswaarde 7,5 [2017]');

    -- 5.3: 8,1 [2017] / ≤ 7,5 (lines 1858-1862)
    insert into kpi (framework_id, theme_id, position, name, unit, source, kind, comparator,
                     baseline_value, baseline_text, baseline_year, target_value, target_text, target_year)
    values (v_framework, v_t53, 7, 'incidenten jeugdoverlast (p/1.000 inwoners)', 'per 1.000 inwoners', 'politie', 'NUMERIC', 'AT_MOST',
            8.1, null, 2017, 7.5, null, 2022)
    returning id into v_kpi;
    insert into measurement (kpi_id, period, year, value, source, note)
    values (v_kpi, '2017', 2017, 8.1, 'politie', 'uitgangswaarde 8,1 [2017]');

    -- 5.3: 3,6% [2017] / ≤ 3% (lines 1864-1870)
    insert into kpi (framework_id, theme_id, position, name, unit, source, kind, comparator,
                     baseline_value, baseline_text, baseline_year, target_value, target_text, target_year)
    values (v_framework, v_t53, 8, '% inwoners dat vaak overlast van jongeren in de buurt ervaart', '%', 'veiligheidsmonitor', 'NUMERIC', 'AT_MOST',
            3.6, null, 2017, 3, null, 2022)
    returning id into v_kpi;
    insert into measurement (kpi_id, period, year, value, source, note)
    values (v_kpi, '2017', 2017, 3.6, 'veiligheidsmonitor', 'uitgangswaarde 3,6% [2017]');

    -- 5.3: 22% [2016] / ≤ 20% (lines 1872-1878)
    insert into kpi (framework_id, theme_id, position, name, unit, source, kind, comparator,
                     baseline_value, baseline_text, baseline_year, target_value, target_text, target_year)
    values (v_framework, v_t53, 9, '% 12-18=jarigen dat recent 5+ glazen alcohol heeft gedronken (‘binge drinken’)', '%', 'GGD', 'NUMERIC', 'AT_MOST',
            22, null, 2016, 20, null, 2022)
    returning id into v_kpi;
    insert into measurement (kpi_id, period, year, value, source, note)
    values (v_kpi, '2016', 2016, 22, 'GGD', 'uitgangswaarde 22% [2016]');

    -- 6.1: 177 [2017] / ≤ 150 (lines 2103-2107)
    insert into kpi (framework_id, theme_id, position, name, unit, source, kind, comparator,
                     baseline_value, baseline_text, baseline_year, target_value, target_text, target_year)
    values (v_framework, v_t61, 10, 'aantal misdrijven diefstal en inbraak in bedrijven en instellingen', 'misdrijven', 'politie', 'NUMERIC', 'AT_MOST',
            177, null, 2017, 150, null, 2022)
    returning id into v_kpi;
    insert into measurement (kpi_id, period, year, value, source, note)
    values (v_kpi, '2017', 2017, 177, 'politie', 'uitgangswaarde 177 [2017]');

    -- Budget (7.3): the three items that cover the 2019 intensivering; only one carries an amount and no
    -- total is printed (printed_total_cents null).
    insert into budget_table (framework_id, title, year, printed_total_cents, position)
    values (v_framework, 'In 2019 zullen de kosten van de intensivering in elk geval gedekt worden door:', 2019, null, 0)
    returning id into v_budget;
    insert into budget_line (budget_table_id, theme_id, label, amount_cents, amount_text, remark, position) values
        (v_budget, null, 'Het huidige vaste budget voor WVB-gerelateerde activiteiten.', null, null, null, 0),
        (v_budget, v_t54, 'De in 2019 extra beschikbare middelen á € 525.000 voor intensivering op het onderwerp ondermijning.', 52500000, null,
'Deze worden ingezet voor maatregelen in het kader van aanpak arbeidsuitbuiting en drugsgerelateerde criminaliteit en voor versteviging van de informatiepositie.', 1),
        (v_budget, null, 'De in 2019 extra beschikbare middelen voor inzet van particuliere beveiligingsbedrijven voor surveillance in nachtelijke uren (motie d.d. 6 november 2018).', null, null, null, 2);
end $$;
