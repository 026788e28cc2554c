package nl.ivbplanner.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * V6 loads Westland's "Westlands Veiligheidsbeleid 2019-2022" (source /work/shared/seeds/003_d5956e2379141827.txt).
 * A multi-year framework without yearly plans: every row hangs on the framework. Counts below were made by hand
 * from the document; the derivations (and the repair of the spaces inside words) are in
 * docs/seed-derivations.md.
 */
@IvbIntegrationTest
class WestlandSeedTest {

    private static final String FRAMEWORK = """
            (select f.id from policy_framework f join municipality m on m.id = f.municipality_id
             where m.slug = 'westland' and f.slug = 'veiligheidsbeleid-2019-2022')""";

    /** Every stored Westland text: narrative, themes, goals, lines, KPIs, budget, partner wording. */
    private static final String ALL_TEXT = """
            with txt as (
              select coalesce(n.heading, '') || E'\\n' || n.body as t from narrative_section n where n.framework_id = %1$s
              union all select t.name || E'\\n' || coalesce(t.description, '') || E'\\n' || coalesce(t.goal, '')
                from theme t where t.framework_id = %1$s
              union all select o.text from objective o join theme t on t.id = o.theme_id where t.framework_id = %1$s
              union all select a.title || E'\\n' || coalesce(a.description, '') from activity a where a.framework_id = %1$s
              union all select k.name || E'\\n' || coalesce(k.unit, '') || E'\\n' || coalesce(k.source, '')
                from kpi k where k.framework_id = %1$s
              union all select b.title from budget_table b where b.framework_id = %1$s
              union all select l.label || E'\\n' || coalesce(l.remark, '') from budget_line l
                join budget_table b on b.id = l.budget_table_id where b.framework_id = %1$s
              union all select ap.wording from activity_partner ap join activity a on a.id = ap.activity_id
                where a.framework_id = %1$s)
            """.formatted(FRAMEWORK);

    @Autowired
    JdbcClient jdbc;

    @Test
    void frameworkIsTheIntegralPolicy2019To2022WithoutPlansOrAdoptionDate() {
        Map<String, Object> framework = jdbc.sql("select title, subtitle, kind, first_year, last_year,"
                        + " adopted_by_council_on from policy_framework where id = " + FRAMEWORK)
                .query()
                .singleRow();
        assertThat(framework)
                .containsEntry("title", "Westlands Veiligheidsbeleid 2019-2022")
                .containsEntry("subtitle", "Veiligheid begint bij jezelf")
                .containsEntry("kind", "INTEGRAL_SAFETY")
                .containsEntry("first_year", 2019)
                .containsEntry("last_year", 2022);
        assertThat(framework.get("adopted_by_council_on")).isNull();
        assertThat(count("select count(*) from execution_plan where framework_id = " + FRAMEWORK))
                .isZero();
    }

    @Test
    void themesFollowChapters5And6WithSubThemesAndKernbeleidFields() {
        // Chapter 5: 5.1 (with a, b, c), 5.2, 5.3, 5.4; chapter 6: 6.1-6.8, 6.4 with its four printed sub-headings.
        assertThat(strings("""
                select coalesce(t.code, '-') || ' ' || t.name || ' | ' || t.kind || ' ' || t.kernbeleid_field
                       || coalesce(' < ' || p.code, '')
                from theme t left join theme p on p.id = t.parent_id where t.framework_id = %s order by t.position""".formatted(FRAMEWORK)))
                .containsExactly(
                        "5.1 Veilige en leefbare dorpen | PRIORITY 1",
                        "5.1 a Overlast, geweld op het snijvlak van zorg & veiligheid | PRIORITY 1 < 5.1",
                        "5.1 b Woninginbraak en andere high impact-delicten | PRIORITY 1 < 5.1",
                        "5.1 c Leefbaarheid en verkeersveiligheid | PRIORITY 1 < 5.1",
                        "5.2 Veilig uitgaan en veilige evenementen | PRIORITY 2",
                        "5.3 Problematische jeugd en jeugdgroepen | PRIORITY 3",
                        "5.4 Ondermijning | PRIORITY 5",
                        "6.1 Veilig winkelgebied, veilige bedrijventerreinen | GOING_CONCERN 2",
                        "6.2 Veilig toerisme, veilige recreatie | GOING_CONCERN 2",
                        "6.3 Verkeersveiligheid | GOING_CONCERN 4",
                        "6.4 Fysieke veiligheid | GOING_CONCERN 4",
                        "- Brandveiligheid | GOING_CONCERN 4 < 6.4",
                        "- Externe veiligheid/risico’s gevaarlijke stoffen | GOING_CONCERN 4 < 6.4",
                        "- Crisisbeheersing/bevolkingszorg | GOING_CONCERN 4 < 6.4",
                        "- Conventionele explosieven | GOING_CONCERN 4 < 6.4",
                        "6.5 Polarisatie en radicalisering | GOING_CONCERN 5",
                        "6.6 Informatieveiligheid en privacy | GOING_CONCERN 5",
                        "6.7 Veilige Publieke Taak | GOING_CONCERN 5",
                        "6.8 Ambtelijke en bestuurlijke integriteit | GOING_CONCERN 5");
    }

    @Test
    void eachThemeHasItsGoalsLinesAndIndicatorsAsPrinted() {
        // Counted by hand: goals = one 'Doelstelling 2022' text (5.1 a/b/c, 5.2, 5.3, 5.4); MAIN_LINE = bullets under
        // 'Hoofdlijnen 2019-2022' / 'Hoofdlijnen van onze aanpak ... zijn:' (6.4: the dash bullets under each
        // sub-heading);
        // APPROACH = bullets under 'We versterken dit door...'; indicators = rows of 'Onze indicatoren'.
        // 5.2 and 5.4 print no indicator table (5.4 says so in its NB); chapter 6 prints one only for 6.1.
        assertThat(strings("""
                select coalesce(t.code, t.name) || ': ' || (select count(*) from objective o where o.theme_id = t.id and o.plan_id is null)
                  || ' goals, ' || (select count(*) from activity a where a.theme_id = t.id and a.kind = 'MAIN_LINE')
                  || ' main lines, ' || (select count(*) from activity a where a.theme_id = t.id and a.kind = 'APPROACH')
                  || ' approach, ' || (select count(*) from kpi k where k.theme_id = t.id) || ' kpis'
                from theme t where t.framework_id = %s order by t.position""".formatted(FRAMEWORK)))
                .containsExactly(
                        "5.1: 0 goals, 0 main lines, 0 approach, 0 kpis",
                        "5.1 a: 1 goals, 7 main lines, 3 approach, 1 kpis",
                        "5.1 b: 1 goals, 4 main lines, 4 approach, 2 kpis",
                        "5.1 c: 1 goals, 4 main lines, 5 approach, 2 kpis",
                        "5.2: 1 goals, 6 main lines, 7 approach, 0 kpis",
                        "5.3: 1 goals, 5 main lines, 3 approach, 3 kpis",
                        "5.4: 1 goals, 8 main lines, 2 approach, 0 kpis",
                        "6.1: 0 goals, 2 main lines, 0 approach, 1 kpis",
                        "6.2: 0 goals, 4 main lines, 0 approach, 0 kpis",
                        "6.3: 0 goals, 4 main lines, 0 approach, 0 kpis",
                        "6.4: 0 goals, 0 main lines, 0 approach, 0 kpis",
                        "Brandveiligheid: 0 goals, 3 main lines, 0 approach, 0 kpis",
                        "Externe veiligheid/risico’s gevaarlijke stoffen: 0 goals, 3 main lines, 0 approach, 0 kpis",
                        "Crisisbeheersing/bevolkingszorg: 0 goals, 7 main lines, 0 approach, 0 kpis",
                        "Conventionele explosieven: 0 goals, 3 main lines, 0 approach, 0 kpis",
                        "6.5: 0 goals, 5 main lines, 0 approach, 0 kpis",
                        "6.6: 0 goals, 5 main lines, 0 approach, 0 kpis",
                        "6.7: 0 goals, 4 main lines, 0 approach, 0 kpis",
                        "6.8: 0 goals, 4 main lines, 0 approach, 0 kpis");
        // All lines are framework-level: 102 in total, none on a plan.
        assertThat(count("select count(*) from activity where framework_id = " + FRAMEWORK + " and plan_id is null"))
                .isEqualTo(102);
    }

    @Test
    void indicatorsCarryBaselineTargetAndBaselineMeasurement() {
        // 11 indicator rows: 2 in chapter 3 (no theme), 1 + 2 + 2 in 5.1 a/b/c, 3 in 5.3, 1 in 6.1; one baseline
        // measurement each.
        assertThat(strings("""
                select k.name || ' | ' || k.source || ' | ' || coalesce(k.baseline_value::text, k.baseline_text) || ' [' || k.baseline_year
                       || '] ' || k.comparator || ' ' || coalesce(k.target_value::text, k.target_text) || ' (' || k.target_year || ')'
                from kpi k where k.framework_id = %s order by k.position""".formatted(FRAMEWORK)))
                .containsExactly(
                        "totaal misdrijven (p. 1.000 inwoners) | politie | 37.00 [2017] AT_MOST 35.00 (2022)",
                        "rapportcijfer veiligheid van de buurt | veiligheidsmonitor | 7.40 [2017] AT_LEAST 7.50 (2022)",
                        "% inwoners dat veel overlast ervaart van buurtbewoners | veiligheidsmonitor | 4.20 [2017] AT_MOST 4.00 (2022)",
                        "woninginbraken (p/1.000 inwoners) | politie | 3.80 [2017] AT_MOST 3.50 (2022)",
                        "auto-inbraak (p/1.000 inwoners) | politie | 1.60 [2017] AT_MOST 1.50 (2022)",
                        "incidenten woonoverlast (p/1.000 inwoners) | politie | PM [2017] AT_MOST PM (2022)",
                        "rapportcijfer leefbaarheid van de buurt | veiligheidsmonitor | 7.50 [2017] AT_LEAST 7.50 (2022)",
                        "incidenten jeugdoverlast (p/1.000 inwoners) | politie | 8.10 [2017] AT_MOST 7.50 (2022)",
                        "% inwoners dat vaak overlast van jongeren in de buurt ervaart | veiligheidsmonitor | 3.60 [2017] AT_MOST 3.00 (2022)",
                        "% 12-18=jarigen dat recent 5+ glazen alcohol heeft gedronken (‘binge drinken’) | GGD | 22.00 [2016] AT_MOST 20.00 (2022)",
                        "aantal misdrijven diefstal en inbraak in bedrijven en instellingen | politie | 177.00 [2017] AT_MOST 150.00 (2022)");
        assertThat(count("select count(*) from kpi where framework_id = " + FRAMEWORK + " and theme_id is null"))
                .isEqualTo(2);
        assertThat(strings("""
                select m.period || '=' || coalesce(m.value::text, m.value_text) || ' | ' || m.source || ' | ' || m.note
                from measurement m join kpi k on k.id = m.kpi_id where k.framework_id = %s order by k.position""".formatted(FRAMEWORK)))
                .hasSize(11)
                .contains(
                        "2017=37.00 | politie | uitgangswaarde 37 [2017]",
                        "2017=PM | politie | uitgangswaarde PM [2017]",
                        "2016=22.00 | GGD | uitgangswaarde 22% [2016]");
    }

    @Test
    void budgetLinesHoldThePrintedAmountAndNoTotalIsPrinted() {
        // 7.3 lists three items that cover the 2019 intensivering; only the second carries an amount (€ 525.000).
        assertThat(strings(
                        "select coalesce(l.amount_cents::text, '-') || ' ' || l.label from budget_line l join budget_table b"
                                + " on b.id = l.budget_table_id where b.framework_id = " + FRAMEWORK
                                + " order by l.position"))
                .containsExactly(
                        "- Het huidige vaste budget voor WVB-gerelateerde activiteiten.",
                        "52500000 De in 2019 extra beschikbare middelen á € 525.000 voor intensivering op het onderwerp ondermijning.",
                        "- De in 2019 extra beschikbare middelen voor inzet van particuliere beveiligingsbedrijven voor surveillance"
                                + " in nachtelijke uren (motie d.d. 6 november 2018).");
        assertThat(count(
                        "select coalesce(sum(l.amount_cents), 0) from budget_line l join budget_table b on b.id = l.budget_table_id"
                                + " where b.framework_id = " + FRAMEWORK))
                .isEqualTo(52_500_000L);
        assertThat(count("select count(*) from budget_table where framework_id = " + FRAMEWORK
                        + " and year = 2019 and printed_total_cents is null"))
                .isEqualTo(1);
    }

    @Test
    void narrativeSectionsFollowTheDocumentOrder() {
        // 75 sections: foreword, chapters 1-7 with their paragraphs, the sub-headings of every theme, Bijlage 1.
        List<String> sections =
                strings("select level || ' ' || coalesce(heading, '-') from narrative_section where framework_id = "
                        + FRAMEWORK + " order by position");
        assertThat(sections).hasSize(75);
        assertThat(sections)
                .startsWith(
                        "1 -",
                        "1 1. Inleiding",
                        "2 Leeswijzer",
                        "1 2. Waar staan we nu?",
                        "2 Bevindingen inventarisatie")
                .containsSubsequence(
                        "1 3. Waar willen we staan in 2022?",
                        "2 Een nog veiliger Westland",
                        "1 4. Partners en flankerend beleid",
                        "1 5. Prioritaire thema’s",
                        "2 5.1 Veilige en leefbare dorpen",
                        "3 a: Overlast, geweld op het snijvlak van zorg & veiligheid",
                        "4 Hoofdlijnen 2019-2022",
                        "4 veiligheid begint bij je zelf",
                        "4 Doelstelling 2022",
                        "4 Onze indicatoren:",
                        "2 5.4 Ondermijning",
                        "1 6. Going concern-thema’s",
                        "3 Conventionele explosieven",
                        "2 6.8 Ambtelijke en bestuurlijke integriteit",
                        "1 7. Coördinatie, verantwoording en begroting",
                        "2 7.3 Begroting")
                .endsWith("1 Bijlage 1: Veiligheidsthema’s Kernbeleid Veiligheid");
    }

    @Test
    void textsAreStoredVerbatimInEveryChapter() {
        // Foreword
        assertThat(sectionBody(0))
                .startsWith("Hoe maken we Westland de komende jaren nog veiliger? Dat is de vraag die het college")
                .endsWith(
                        "gaan we Westland nog veiliger maken!\n\ncollege van burgemeester en wethouders gemeente Westland\ndecember 2018");
        // Chapter 1, with footnote 1
        assertThat(sectionBody("1. Inleiding"))
                .contains("Richtsnoer in de beleidsontwikkeling was de VNG-methode Kernbeleid Veiligheid¹."
                        + " Deze methode definieert het integrale veiligheidsterrein")
                .endsWith("\n\n¹ Kernbeleid Veiligheid ed. 2017, VNG");
        assertThat(sectionBody("Leeswijzer").lines().filter(line -> line.startsWith("- ")))
                .hasSize(5);
        // Chapter 2
        assertThat(sectionBody("Jeugdoverlast en –problematiek"))
                .startsWith("Zowel de meetbare als de ervaren jeugdoverlast in Westland"
                        + " is aan de hoge kant in vergelijking met omliggende gemeenten.");
        // Chapter 3, with footnote 3 (repaired font encoding)
        assertThat(sectionBody("Een nog veiliger Westland"))
                .contains("in de periode 2019 tot 2022³. We intensiveren op deze thema’s.")
                .contains(
                        "³ Deze thema’s zijn naar voren gekomen uit de brede inventarisatie en analyse die samen met interne en externe"
                                + " veiligheidspartners is uitgevoerd");
        // Chapter 4
        assertThat(sectionBody("Partners"))
                .contains("\n\n- Politie (basisteam Westland, eenheid Den Haag) Is partner bij vrijwel alle"
                        + " veiligheidsthema’s.");
        // Chapter 5: theme text, a main line, an approach line, a goal, the resident box
        assertThat(jdbc.sql("select description from theme where framework_id = " + FRAMEWORK + " and code = '5.1 b'")
                        .query(String.class)
                        .single())
                .startsWith("Dit deelthema omvat woninginbraak, overval en straatroof en andere vormen van geweld.");
        assertThat(activity("Problematiek wordt vroegtijdig, integraal en effectief aangepakt."))
                .isEqualTo(
                        "Ofwel: zoveel mogelijk ‘dicht bij huis’, dicht bij de burger, waar mogelijk samen met inwoners. Om problemen zo klein"
                                + " mogelijk te houden en de kracht van de samenleving optimaal te benutten.");
        assertThat(count("select count(*) from activity where framework_id = " + FRAMEWORK + " and kind = 'APPROACH'"
                        + " and title = 'Faciliteren van kiss & ride-plekken bij scholen.' and description is null"))
                .isEqualTo(1);
        assertThat(goal("5.3"))
                .isEqualTo(
                        "Via integrale sets van maatregelen, met zorg- en veiligheidscomponenten en zowel persoons- als"
                                + " groepsgericht, in samenwerking met partners en in wisselwerking met ander gemeentelijk beleid, zodanig investeren in"
                                + " problematische jeugd, dat ongewenst gedrag ‘duurzaam’ vermindert.");
        assertThat(goal("5.4"))
                .isEqualTo(
                        "Door consequente inzet van de bestuurlijke instrumenten, in samenwerking met onze partners de"
                                + " speelruimte van ondermijnende criminaliteit verder verkleinen. We zijn bestuurlijk weerbaar en ondersteunen"
                                + " maatschappelijke weerbaarheid. Gezamenlijk werpen we een dam op tegen de criminele industrie.");
        assertThat(sectionBody(29)).isEqualTo("""
                Dat betekent...

                - Opletten, oog hebben voor signalen bij buren/omwonenden van huiselijke problematiek, geweld, psychiatrische vraagstukken, escalaties.
                - Helpen, aanspreken in zoverre dat kan en opportuun is.
                - Eventueel melden bij professionals.
                - Ook scherp zijn op ingewikkelde vraagstukken/dilemma’s in je eigen gezin/huishouden. Eventueel hulp zoeken om zaken hanteerbaar te maken.

                We versterken dit door...""");
        // Chapter 6: labelled lines and the sub-list of 'Regierol gemeente' under Brandveiligheid
        assertThat(activity("Vitalisering."))
                .isEqualTo(
                        "Doelstelling is mede ‘vitalisering’ van deze branche. Veiligheid is hierbij de noodzakelijke basis.");
        assertThat(activity("Toetsing en kwaliteitsbewaking."))
                .isEqualTo("Dit doen we met behulp van landelijke formats zoals de ENSIA"
                        + " (Eenduidige Normatiek Single Information Audit) en Wsjg.nl (WaarStaatJeGemeente.nl).");
        assertThat(jdbc.sql(
                                "select a.description from activity a join theme t on t.id = a.theme_id where t.name = 'Brandveiligheid'"
                                        + " and a.title = 'Regierol gemeente.' and a.framework_id = " + FRAMEWORK)
                        .query(String.class)
                        .single())
                .startsWith(
                        "Accenten in onze regierol zijn, gegeven de opgaven op het vlak van risicobeheersing en incidentbestrijding:\n"
                                + "- Bevorderen dat professionals, bewoners en ondernemers betrokken raken")
                .endsWith(
                        "\n- Bevorderen dat de veiligheidsregio in algemene zin effectief, vroegtijdig in positie is bij planvorming en"
                                + " vergunningverlening.");
        // Chapter 7
        assertThat(sectionBody("7.2 Beleidscyclus en verantwoording"))
                .endsWith("Daarnaast vindt verantwoording over resultaten plaats"
                        + " via de begrotingscyclus (BBV- en aanvullende Westlands Veiligheidsbeleid-indicatoren).");
        assertThat(sectionBody("7.3 Begroting"))
                .contains("\n- De in 2019 extra beschikbare middelen á € 525.000 voor intensivering"
                        + " op het onderwerp ondermijning.");
        // Bijlage 1: the Kernbeleid Veiligheid table, column by column
        assertThat(sectionBody("Bijlage 1: Veiligheidsthema’s Kernbeleid Veiligheid"))
                .contains("""
                Integriteit en veiligheid
                - 5.1 Polarisatie en radicalisering
                - 5.2 Georganiseerde/ondermijnende criminaliteit
                - 5.3 Veilige Publieke Taak
                - 5.4 Informatieveiligheid
                - 5.5 Ambtelijke en bestuurlijke integriteit""");
    }

    @Test
    void partnersTiedToLinesUseSharedKeysAndPrintedWording() {
        // 49 links in total (see the derivations note for the list per line).
        assertThat(count(
                        "select count(*) from activity_partner ap join activity a on a.id = ap.activity_id where a.framework_id = "
                                + FRAMEWORK))
                .isEqualTo(49);
        assertThat(partnerLinks(
                        "Onze aanpak staat in verbinding met flankerend gemeentelijk beleid op terreinen als economie en vrije tijd,"
                                + " zorg, wonen, milieu en infrastructuur."))
                .containsExactly(
                        "politie=politie",
                        "openbaar-ministerie=Openbaar Ministerie",
                        "riec-haaglanden=RIEC",
                        "belastingdienst=Belastingdienst",
                        "fiod=FIOD",
                        "veiligheidsregio-haaglanden=Veiligheidsregio/regionale brandweer");
        assertThat(partnerLinks("Adequate aanpak casuïstiek."))
                .containsExactly("politie=politie", "nctv=NCTV", "openbaar-ministerie=OM");
        assertThat(partnerLinks("Speciale aandacht hebben we voor alcohol- en drugspreventie."))
                .containsExactly("halt=bureau Halt", "westland-werkgroep-alcoholpreventie=Werkgroep Alcoholpreventie");
        assertThat(strings(
                        "select distinct role from activity_partner ap join activity a on a.id = ap.activity_id where a.framework_id = "
                                + FRAMEWORK))
                .containsExactly("BETROKKEN");
    }

    @Test
    void noStoredTextKeepsTheSpacesInsideWordsOfTheExtraction() {
        // Damage looked like 'W est land', 've i l igheid', 'b urgers', 'p r ior i ta i re': a single letter followed
        // by a
        // space and a word fragment, or a left-over suffix fragment standing alone. Real Dutch one-letter words do not
        // occur in this text except after an apostrophe ('thema’s en', 'zo’n'), which the patterns exclude, and 'i.e.'.
        assertThat(strings(ALL_TEXT + """
                select substring(t from '.{0,25}(?<![’''])\\m[A-Za-z] [a-z]{2,}.{0,25}') from txt
                where t ~ '(?<![’''])\\m[A-Za-z] [a-z]{2,}'
                union all
                select substring(t from '.{0,25}\\m(i|l|ij|ijk|lijk|heid|igheid|ing|ingen|ief|ieve|tie|ties|teit|iteit|ische|isch|iek)\\M(?![.]).{0,25}')
                from txt where t ~ '\\m(i|l|ij|ijk|lijk|heid|igheid|ing|ingen|ief|ieve|tie|ties|teit|iteit|ische|isch|iek)\\M(?![.])'""")).isEmpty();
        // Private-use bullet glyphs of the extraction are not text.
        assertThat(count(ALL_TEXT + "select count(*) from txt where t ~ '[\\uE000-\\uF8FF●▶]'"))
                .isZero();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private List<String> strings(String sql) {
        return jdbc.sql(sql).query(String.class).list();
    }

    private String sectionBody(int position) {
        return jdbc.sql("select body from narrative_section where framework_id = " + FRAMEWORK + " and position = ?")
                .param(position)
                .query(String.class)
                .single();
    }

    private String sectionBody(String heading) {
        return jdbc.sql("select body from narrative_section where framework_id = " + FRAMEWORK + " and heading = ?")
                .param(heading)
                .query(String.class)
                .single();
    }

    private String activity(String title) {
        return jdbc.sql("select description from activity where framework_id = " + FRAMEWORK + " and title = ?")
                .param(title)
                .query(String.class)
                .single();
    }

    private String goal(String themeCode) {
        return jdbc.sql(
                        "select o.text from objective o join theme t on t.id = o.theme_id where o.plan_id is null and t.code = ?"
                                + " and t.framework_id = " + FRAMEWORK)
                .param(themeCode)
                .query(String.class)
                .single();
    }

    private List<String> partnerLinks(String activityTitle) {
        return jdbc.sql("""
                select p.key || '=' || ap.wording from activity_partner ap
                join partner p on p.id = ap.partner_id join activity a on a.id = ap.activity_id
                where a.framework_id = """ + FRAMEWORK + " and a.title = ? order by ap.position")
                .param(activityTitle)
                .query(String.class)
                .list();
    }
}
