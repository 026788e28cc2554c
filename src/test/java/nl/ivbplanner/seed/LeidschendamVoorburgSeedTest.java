package nl.ivbplanner.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * V7 loads Leidschendam-Voorburg's "Integraal veiligheidsbeleid 2020 – 2022" (source
 * /work/shared/seeds/004_1038dadb5c0408fa.txt). Counts below were made by hand from that document; line
 * numbers refer to the source file. The derivations are in docs/seed-derivations.md.
 * The document is a framework without yearly plans: every row hangs on the framework.
 */
@IvbIntegrationTest
class LeidschendamVoorburgSeedTest {

    private static final String FRAMEWORK = """
            (select f.id from policy_framework f join municipality m on m.id = f.municipality_id
             where m.slug = 'leidschendam-voorburg' and f.slug = 'ivb-2020-2022')""";

    @Autowired
    JdbcClient jdbc;

    @Test
    void frameworkCarriesCoverTitleYearsAndTheA3Frame() {
        Map<String, Object> framework = jdbc.sql(
                        "select title, subtitle, kind, first_year, last_year, adopted_by_council_on,"
                                + " mission, success_factors from policy_framework where id = " + FRAMEWORK)
                .query()
                .singleRow();

        assertThat(framework)
                .containsEntry("title", "Integraal veiligheidsbeleid 2020 – 2022")
                .containsEntry("subtitle", "Gemeente Leidschendam-Voorburg")
                .containsEntry("kind", "INTEGRAL_SAFETY")
                .containsEntry("first_year", 2020)
                .containsEntry("last_year", 2022)
                // no council decision date is printed anywhere in the document
                .containsEntry("adopted_by_council_on", null)
                .containsEntry(
                        "mission",
                        "Het is onze ambitie om de veiligste gemeente te worden binnen de top 50 van"
                                + " Nederlandse gemeenten");
        // Six numbered success factors (lines 207-216); factor 3 was wrapped over an empty line.
        assertThat(((String) framework.get("success_factors")).lines().toList())
                .hasSize(6)
                .element(2)
                .isEqualTo(
                        "3. Samen met inwoners en ketenpartners worden problemen aangepakt vanuit een proactieve houding");
        assertThat(string("select vision from policy_framework where id = " + FRAMEWORK))
                .endsWith(
                        "ruimte voor eigen inbreng.\n\nOp basis van gedegen analyses, vanuit ieders eigen kracht en een effectieve"
                                + " monitoring worden veiligheidsproblemen aangepakt. Bij maatschappelijke (veiligheids)ontwikkelingen"
                                + " hebben we een proactieve houding.");
    }

    @Test
    void everythingHangsOnTheFrameworkBecauseTheDocumentHasNoYearlyPlan() {
        assertThat(count("select count(*) from execution_plan where framework_id = " + FRAMEWORK))
                .isZero();
        // 23 approach lines + 17 existing activities.
        assertThat(count("select count(*) from activity where plan_id is null and framework_id = " + FRAMEWORK))
                .isEqualTo(40);
        assertThat(count(
                        "select count(*) from evaluation e join activity a on a.id = e.activity_id where a.framework_id = "
                                + FRAMEWORK))
                .isZero();
    }

    @Test
    void prioritiesFollowTheChapterThreeNumbersWithTheirTrekker() {
        assertThat(strings("select code || '|' || name || '|' || lead || '|' || kernbeleid_field from theme"
                        + " where kind = 'PRIORITY' and framework_id = " + FRAMEWORK + " order by position"))
                .containsExactly(
                        "1|Personen met verward gedrag|Lourens Visser / Wouter Arends|1",
                        "2|Jeugdoverlast en –criminaliteit|Eline de Koning|3",
                        "3|Ouderen en veiligheid|Raoul Verbrugge|1",
                        "4|Verkeersveiligheid|Henri van Hoeven|4",
                        "5|Woninginbraken|Raoul Verbrugge|1");
        // 'Doelstelling' of Nummer 2 is a two-bullet cell (lines 548-551).
        assertThat(themeColumn("goal", "2")).isEqualTo("""
                - Het aantal meldingen jeugdoverlast valt niet hoger uit dan 600 per jaar
                - Er zijn geen problematische jeugdgroepen actief welke criminele activiteiten uitvoeren""");
        assertThat(themeColumn("goal", "3"))
                .isEqualTo(
                        "Het slachtofferschap onder ouderen blijft onverminderd laag en ouderen blijven zich veilig voelen.");
    }

    @Test
    void eachPriorityHasItsA3GoalsApproachLinesIndicatorsAndPartners() {
        // Goals = A3 goal boxes (priority 2 has two bullets). Approach lines = top-level A3 bullets:
        // 1: lines 375-407 (6), 2: lines 321-349 (9), 3: lines 360-370 (4), 4: lines 280-294 (1), 5: lines 257-266 (3).
        // KPIs: 1 (meldingen verward), 2 (meldingen jeugdoverlast, problematische / criminele / overlastgevende
        // groepen), 5 (woninginbraken). Partner links = lines x names in 'Betrokken partijen':
        // 6 x 9 (line 538-539), 9 x 11 (604-605), 4 x 7 (643-644), 1 x 7 (676), 3 x 8 (717-718).
        assertThat(strings("""
                select t.code || ': ' || (select count(*) from objective o where o.theme_id = t.id) || ' goals, '
                    || (select count(*) from activity a where a.theme_id = t.id and a.kind = 'APPROACH') || ' approach lines, '
                    || (select count(*) from kpi k where k.theme_id = t.id) || ' kpis, '
                    || (select count(*) from activity_partner ap join activity a on a.id = ap.activity_id
                        where a.theme_id = t.id) || ' partner links'
                from theme t where t.kind = 'PRIORITY' and t.framework_id = """ + FRAMEWORK + " order by t.position"))
                .containsExactly(
                        "1: 1 goals, 6 approach lines, 1 kpis, 54 partner links",
                        "2: 2 goals, 9 approach lines, 4 kpis, 99 partner links",
                        "3: 1 goals, 4 approach lines, 0 kpis, 28 partner links",
                        "4: 1 goals, 1 approach lines, 0 kpis, 7 partner links",
                        "5: 1 goals, 3 approach lines, 1 kpis, 24 partner links");
    }

    @Test
    void interleavedA3ColumnsAreReassembledPerPriority() {
        // The goal box of priority 2 was extracted after the budget (lines 444-451).
        assertThat(strings("select o.text from objective o join theme t on t.id = o.theme_id where t.framework_id = "
                        + FRAMEWORK + " and t.code = '2' order by o.position"))
                .containsExactly(
                        "Het aantal meldingen jeugdoverlast valt niet hoger uit dan 600 per jaar",
                        "Er zijn geen problematische jeugdgroepen actief welke criminele activiteiten uitvoeren");
        assertThat(approachTitles("2"))
                .hasSize(9)
                .startsWith("Meer focus op kwetsbare jongeren i.p.v. alleen op overlastgevende jongeren")
                .contains("Samenwerking tussen lokale kamer en regiocoördinator mensenhandel opzetten")
                .endsWith("Opzetten aanpak voor alcohol en jeugd");
        assertThat(approachTitles("3"))
                .last()
                .isEqualTo("Contacten tussen bewoners intensiveren; ‘samen sta je sterk’");
        // Nested bullets stay one line each under their parent line (lines 280-294).
        assertThat(jdbc.sql("select a.title || '\n' || a.description from activity a join theme t on t.id = a.theme_id"
                                + " where a.kind = 'APPROACH' and t.code = '4' and a.framework_id = " + FRAMEWORK)
                        .query(String.class)
                        .single())
                .isEqualTo("""
                        In samenhang met het nog op te stellen verkeers- en vervoersplan wordt gewerkt aan verkeersveiligheid;
                        - Aanpak top 10 ongevallenconcentraties
                        - Aanpak top 10 cross trajecten (snelheid en ongevallen)
                        - Aandacht voor verkeersveilige fietsroutes i.r.t. ouderen doelgroep i.s.m. snellere elektrische fietsen
                        - Creëren van bewustzijn bereikbaarheid hulpdiensten i.r.t. parkeerdruk
                        - Verkeersveiligheid rondom scholen""");
    }

    @Test
    void betrokkenPartijenKeepTheirWordingAndSharedKeys() {
        // Line 676: 'Politie, Brandweer, Gemeente (MRO, OOV, SB, HH, Communicatie)'.
        assertThat(partnerLinksOfFirstApproachLine("4"))
                .containsExactly(
                        "politie=Politie",
                        "brandweer-haaglanden=Brandweer",
                        "leidschendam-voorburg-mro=MRO",
                        "leidschendam-voorburg-oov=OOV",
                        "leidschendam-voorburg-stadsbeheer=SB",
                        "leidschendam-voorburg-handhaving=HH",
                        "leidschendam-voorburg-communicatie=Communicatie");
        // Line 538-539: 'Politie, Veiligheidshuis, Meldpunt Bezorgd, GGD, GGZ, Woningcorporaties, Gemeente (MRO, OOV,
        // Lokale Kamer)'.
        assertThat(partnerLinksOfFirstApproachLine("1"))
                .containsExactly(
                        "politie=Politie",
                        "zorg-en-veiligheidshuis-haaglanden=Veiligheidshuis",
                        "meldpunt-bezorgd=Meldpunt Bezorgd",
                        "ggd-haaglanden=GGD",
                        "ggz=GGZ",
                        "woningcorporaties=Woningcorporaties",
                        "leidschendam-voorburg-mro=MRO",
                        "leidschendam-voorburg-oov=OOV",
                        "leidschendam-voorburg-lokale-kamer=Lokale Kamer");
        assertThat(strings("select distinct kind || ':' || (municipality_id is not null) from partner"
                        + " where key like 'leidschendam-voorburg-%' order by 1"))
                .containsExactly("EXTERNAL:true", "INTERNAL:true");
        assertThat(strings("select distinct ap.role from activity_partner ap join activity a on a.id = ap.activity_id"
                        + " where a.framework_id = " + FRAMEWORK))
                .containsExactly("BETROKKEN");
    }

    @Test
    void historicFiguresAreMeasurementsWithTheirYear() {
        // Lines 473-475, 554-561, 688-691: 4 + 2 + 0 + 1 + 1 + 4 = 12 measurements.
        assertThat(strings("""
                select k.name || ': ' || coalesce(string_agg(m.period || '=' || coalesce(m.value::text, m.value_text), ', '
                    order by m.year nulls last, m.id), '-')
                from kpi k left join measurement m on m.kpi_id = k.id where k.framework_id = """ + FRAMEWORK + " group by k.id, k.position order by k.position"))
                .containsExactly(
                        "Aantal overlastmeldingen van personen met verward gedrag: 2015=191.00, 2016=192.00, 2017=339.00, afgelopen jaar=443.00",
                        "Aantal meldingen jeugdoverlast: 2010=1092.00, de laatste jaren=565.00",
                        "Aantal actieve problematische jeugdgroepen welke criminele activiteiten uitvoeren: -",
                        "Aantal actieve criminele jeugdgroepen: de afgelopen jaren=1.00",
                        "Aantal actieve overlastgevende jeugdgroepen: de afgelopen jaren=1 of 2",
                        "Aantal woninginbraken: 2011=825.00, 2016=315.00, 2017=274.00, 2018=181.00");
        assertThat(strings(
                        "select k.name || ' ' || k.comparator || ' ' || k.target_value from kpi k where k.target_value is not null"
                                + " and k.framework_id = " + FRAMEWORK + " order by k.position"))
                .containsExactly(
                        "Aantal meldingen jeugdoverlast AT_MOST 600.00",
                        "Aantal actieve problematische jeugdgroepen welke criminele activiteiten uitvoeren EQUAL 0.00",
                        "Aantal woninginbraken AT_MOST 200.00");
        // Every measurement without a printed year says so in its note, and counts as 2018 (V10): the newest year the
        // document gives figures for, so that an undated figure is never placed after a dated one by accident.
        assertThat(count("select count(*) from measurement m join kpi k on k.id = m.kpi_id where m.year = 2018"
                        + " and m.period not like '2018' and m.note like '%geen jaartal%als jaar geldt 2018%' and k.framework_id = "
                        + FRAMEWORK))
                .isEqualTo(4);
        assertThat(string("select m.note from measurement m join kpi k on k.id = m.kpi_id where m.period = '2018'"
                        + " and k.framework_id = " + FRAMEWORK))
                .isEqualTo("Het aantal inbraken daalde gestaag (2016; 315, 2017; 274 en 2018; 181).");
    }

    @Test
    void budgetLinesAddUpToThePrintedTotal() {
        Map<String, Object> budget = jdbc.sql("select b.title, b.printed_total_cents, sum(l.amount_cents) as sum_cents"
                        + " from budget_table b join budget_line l on l.budget_table_id = b.id where b.framework_id = "
                        + FRAMEWORK
                        + " group by b.id")
                .query()
                .singleRow();
        // 'Totaal € 5.906.232,-' (line 437).
        assertThat(budget).containsEntry("title", "Veiligheidsbudget").containsEntry("printed_total_cents", 590623200L);
        assertThat(((Number) budget.get("sum_cents")).longValue()).isEqualTo(590623200L);
        assertThat(strings("select l.label || '=' || coalesce(l.amount_cents::text, l.amount_text) from budget_line l"
                        + " join budget_table b on b.id = l.budget_table_id where b.framework_id = " + FRAMEWORK
                        + " order by l.position"))
                .containsExactly(
                        "Integrale veiligheid=6663400",
                        "Radicalisering=2873500",
                        "Bijdrage aan VRH=575000000",
                        "Verkeersveiligheid=Ambtelijke inzet",
                        "Bijdrage aan OVP=1486300",
                        "Crisisbeheersing=3600000",
                        "Ouderen en veiligheid=1000000");
    }

    @Test
    void existingActivitiesHangUnderTheKernbeleidFieldsOfChapterFour() {
        // 4.1 has 4.1.1-4.1.5, 4.2 has 4.2.1-4.2.4, 4.3 has 4.3.1-4.3.3, 4.4 has 4.4.1-4.4.4, 4.5 none;
        // one existing activity per theme that describes what is done.
        assertThat(strings("""
                select p.code || ' ' || p.name || '|' || coalesce(p.kernbeleid_field::text, '-') || '|' || count(distinct c.id)
                    || ' themes|' || count(distinct a.id) || ' activities'
                from theme p left join theme c on c.parent_id = p.id
                left join activity a on a.theme_id in (p.id, c.id) and a.kind = 'EXISTING_ACTIVITY'
                where p.kind = 'GOING_CONCERN' and p.parent_id is null and p.framework_id = """ + FRAMEWORK + " group by p.id order by p.position"))
                .containsExactly(
                        "4.1 Veilige woon- en leefomgeving|1|5 themes|5 activities",
                        "4.2 Bedrijvigheid en veiligheid|2|4 themes|4 activities",
                        "4.3 Fysieke veiligheid|4|3 themes|3 activities",
                        "4.4 Integriteit en veiligheid|5|4 themes|4 activities",
                        "4.5 Zorg en veiligheid|-|0 themes|1 activities");
        assertThat(existingActivity("4.4.3"))
                .isEqualTo(
                        "Hiervoor wordt het ambtelijk integriteitsbeleid uitgevoerd, waaronder"
                                + " bijvoorbeeld de gedragscode, trainingen en het onder de aandacht houden van integriteit valt. .");
        assertThat(existingActivity("4.1.5")).isEqualTo("""
                Er wordt een draaiboek opgesteld voor de jaarwisseling met daar onder meer in opgenomen;
                - (vrijwillig) vuurwerkvrije zones
                - afspraken met vuurwerkverkopers
                - afspraken omtrent opruimen van de openbare ruimte
                - gesprekken met jongeren ter voorkoming van overlast""");
        assertThat(themeColumn("description", "4.2"))
                .isEqualTo("Bij dit veiligheidsveld gaat het om sociale veiligheid (overlast,"
                        + " geweld, vermogenscriminaliteit) rond verschillende vormen/locaties van bedrijvigheid: winkelgebied,"
                        + " bedrijventerreinen, uitgaansgebied, evenementen en toerismevoorzieningen/-locaties.");
        // Partners named in the activity texts: 2+2+1+1 (4.1), 1 (4.2.3), 2+2+1 (4.3), 2+1 (4.4), 1 (4.5).
        assertThat(count("select count(*) from activity_partner ap join activity a on a.id = ap.activity_id"
                        + " where a.kind = 'EXISTING_ACTIVITY' and a.framework_id = " + FRAMEWORK))
                .isEqualTo(16);
    }

    @Test
    void regionalPrioritiesOfTheAnnexAreThemesWithTheirDoel() {
        assertThat(strings("select code from theme where kind = 'REGIONAL_PRIORITY' and framework_id = " + FRAMEWORK
                        + " order by position"))
                .containsExactly("7.1.2", "7.1.3", "7.1.4", "7.1.5", "7.1.6", "7.1.7", "7.1.8");
        assertThat(themeColumn("goal", "7.1.7")).isEqualTo("Ondermijning voorkomen, terugdringen en aanpakken.");
        assertThat(themeColumn("goal", "7.1.6"))
                .isEqualTo(
                        "Overlast en criminaliteit door problematische jeugdgroepen/-netwerken voorkomen, terugdringen en aanpakken");
    }

    @Test
    void narrativeSectionsFollowTheDocumentOrder() {
        List<String> sections =
                strings("select n.level || ' ' || coalesce(n.heading, '-') || coalesce(' [' || t.code || ']', '')"
                        + " from narrative_section n left join theme t on t.id = n.theme_id where n.framework_id = "
                        + FRAMEWORK
                        + " order by n.position");
        // Chapter 1 (1 + 3), 2, the A3 caption, chapter 3 (1 + 6 + 4 x 4), 4, 5, 6, 7 (1 + 7.1 + Missie + 7).
        assertThat(sections)
                .hasSize(42)
                .startsWith(
                        "1 1. Leeswijzer A3 beleidsplan Integrale Veiligheid",
                        "2 Boven; kader integraal veiligheidsbeleid",
                        "2 Midden; veiligheidsdoelstellingen",
                        "2 Onder; aanpak op hoofdlijnen",
                        "1 2. Actieprogramma’s en voortgangsrapportages",
                        "1 BELEIDSPLAN INTEGRALE VEILIGHEID 2020 – 2022; PRIORITEITEN",
                        "1 3. Toelichting aanpak op hoofdlijnen veiligheidsbeleid 2020-2022",
                        "2 Personen met verward gedrag [1]",
                        "3 Doelstelling [1]",
                        "3 Toelichting [1]",
                        "4 Brede sluitende aanpak voor personen met verward gedrag [1]",
                        "4 Aanpak van casuïstiek in Lokale Kamer op het gebied van personen met verward en risicovol gedrag [1]",
                        "3 Betrokken partijen [1]",
                        "2 Jeugdoverlast en –criminaliteit [2]");
        assertThat(sections.subList(29, 42))
                .containsExactly(
                        "1 4. Bestaande activiteiten",
                        "1 5. Organisatie van veiligheid",
                        "1 6. Partners",
                        "1 7. Bijlagen",
                        "2 7.1 Missie en uitgangspunten regionaal beleidsplan Eenheid Den Haag",
                        "3 Missie",
                        "3 7.1.2 Aanpak van (Contra)-terrorisme, extremisme en radicalisering (CTER) [7.1.2]",
                        "3 7.1.3 Aanpak van Cybercrime/gedigitaliseerde criminaliteit [7.1.3]",
                        "3 7.1.4 Aanpak van (huiselijk) Geweld [7.1.4]",
                        "3 7.1.5 Aanpak van High Impact Crimes [7.1.5]",
                        "3 7.1.6 Aanpak van overlast en criminaliteit door problematische Jeugdgroepen/netwerken [7.1.6]",
                        "3 7.1.7 Aanpak van Ondermijning [7.1.7]",
                        "3 7.1.8 Aanpak van overlast en/of criminaliteit door personen met Verward gedrag [7.1.8]");
    }

    @Test
    void narrativeBodiesAreVerbatimInEveryChapter() {
        assertThat(sectionBody("Midden; veiligheidsdoelstellingen", null))
                .isEqualTo("Op de tweede rij is opgenomen wat de"
                        + " lokale beleidsdoelstellingen voor de komende beleidsperiode zijn. Beschreven is welke resultaten nagestreefd"
                        + " worden. De rangschikking van links naar rechts geeft geen prioriteitsschikking.");
        assertThat(paragraphs(sectionBody("2. Actieprogramma’s en voortgangsrapportages", null)))
                .hasSize(4)
                .last()
                .isEqualTo("De voortgang van de uitvoering van het beleid en onderliggende actieprogramma’s loopt via"
                        + " voortgangsrapportages. Daarin wordt ook aangegeven wat de stand van zaken is omtrent het wel of niet"
                        + " behalen van de doelstellingen.");
        assertThat(sectionBody("Doelstelling", "5")).isEqualTo("""
                Het aantal woninginbraken valt niet hoger uit dan 200 per jaar.

                Het aantal woninginbraken is de laatste jaren enorm gedaald. In 2011 waren er 825 inbraken, wat resulteerde \
                in het opzetten en uitvoeren van een multidisciplinaire integrale ketenaanpak. Het aantal inbraken daalde \
                gestaag (2016; 315, 2017; 274 en 2018; 181).""");
        assertThat(sectionBody("Betrokken partijen", "3"))
                .isEqualTo("Politie, Brandweer, Participatieraad, inwoners, zorgpartijen en gemeente (OOV, MRO)");
        // Sentence split by an empty line in the extraction (lines 524-526).
        assertThat(sectionBody(
                        "Aanpak van casuïstiek in Lokale Kamer op het gebied van personen met verward en risicovol gedrag",
                        "1"))
                .contains(
                        "(GGZ, politie, woningcorporaties, Meldpunt Bezorgd, Buurtbemiddeling) geëvalueerd. Op basis van deze"
                                + " evaluatie wordt waar nodig de aanpak verbeterd.");
        assertThat(paragraphs(sectionBody("5. Organisatie van veiligheid", null)))
                .hasSize(12)
                .first()
                .asString()
                .endsWith(
                        "Onderscheid moet worden gemaakt in de politiek-bestuurlijke regie, de ambtelijke regie en operationele regie.");
        // The three-column partner grid of chapter 6 (lines 1043-1048), in its printed numbering.
        assertThat(paragraphs(sectionBody("6. Partners", null)).get(0).lines().toList())
                .hasSize(17)
                .startsWith(
                        "Er zijn vele externe partners op het gebied van veiligheid. De partners zijn onder andere:",
                        "1. Politie")
                .contains("12. Keurmerk Veilig Ondernemen partners")
                .endsWith("16. Gemeentelijke afdelingen/teams");
        assertThat(sectionBody(
                        "7.1.8 Aanpak van overlast en/of criminaliteit door personen met Verward gedrag", "7.1.8"))
                .contains(
                        "\n- het organiseren van triage en vervoer en deze (vervoers)taak zo veel mogelijk weghalen bij politie, - de"
                                + " verschillende opvangvoorzieningen van personen met verward gedrag,\n");
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private String string(String sql) {
        return jdbc.sql(sql).query(String.class).single();
    }

    private List<String> strings(String sql) {
        return jdbc.sql(sql).query(String.class).list();
    }

    private static List<String> paragraphs(String body) {
        return List.of(body.split("\n\n"));
    }

    private String themeColumn(String column, String code) {
        return jdbc.sql("select " + column + " from theme where framework_id = " + FRAMEWORK + " and code = ?")
                .param(code)
                .query(String.class)
                .single();
    }

    private List<String> approachTitles(String themeCode) {
        return jdbc.sql("select a.title from activity a join theme t on t.id = a.theme_id where a.kind = 'APPROACH'"
                        + " and a.framework_id = " + FRAMEWORK + " and t.code = ? order by a.position")
                .param(themeCode)
                .query(String.class)
                .list();
    }

    private List<String> partnerLinksOfFirstApproachLine(String themeCode) {
        return jdbc.sql("""
                select p.key || '=' || ap.wording from activity_partner ap
                join partner p on p.id = ap.partner_id join activity a on a.id = ap.activity_id join theme t on t.id = a.theme_id
                where a.kind = 'APPROACH' and a.position = 0 and a.framework_id = """ + FRAMEWORK + " and t.code = ? order by ap.position")
                .param(themeCode)
                .query(String.class)
                .list();
    }

    /** Title and description of the existing activity of a chapter-4 theme, one text as an advisor reads it. */
    private String existingActivity(String themeCode) {
        return jdbc.sql(
                        "select a.title || coalesce(E'\\n' || a.description, '') from activity a join theme t on t.id = a.theme_id"
                                + " where a.kind = 'EXISTING_ACTIVITY' and a.framework_id = " + FRAMEWORK
                                + " and t.code = ?")
                .param(themeCode)
                .query(String.class)
                .single();
    }

    /** The section with this heading, under the theme with this code (null: a section without theme). */
    private String sectionBody(String heading, String themeCode) {
        return jdbc.sql(
                        "select n.body from narrative_section n left join theme t on t.id = n.theme_id where n.framework_id = "
                                + FRAMEWORK + " and n.heading = ? and coalesce(t.code, '') = coalesce(?::text, '')")
                .param(heading)
                .param(themeCode)
                .query(String.class)
                .single();
    }
}
