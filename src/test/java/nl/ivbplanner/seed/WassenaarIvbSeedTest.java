package nl.ivbplanner.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * V3 loads Wassenaar's "Uitvoeringsplan Integraal Veiligheidsbeleid Wassenaar 2026, inclusief evaluatie
 * uitvoeringsplan 2025" (source /work/shared/seeds/000_db6c42f33b63eafe.txt) under the IVB 2024-2027.
 * Counts below were made by hand from that document; the derivations are in
 * docs/seed-derivations.md.
 */
@IvbIntegrationTest
class WassenaarIvbSeedTest {

    private static final String FRAMEWORK = """
            (select f.id from policy_framework f join municipality m on m.id = f.municipality_id
             where m.slug = 'wassenaar' and f.slug = 'ivb-2024-2027')""";

    private static final String PLAN_2025 = plan(2025);

    private static final String PLAN_2026 = plan(2026);

    /** The main theme of an activity's theme (the theme itself when it has no parent). */
    private static final String MAIN_THEME =
            "(select coalesce(t.parent_id, t.id) from theme t where t.id = a.theme_id)";

    private static final String STATUS_HEADING = "## Wassenaar IVB: status derivation";

    @Autowired
    JdbcClient jdbc;

    @Test
    void frameworkIsTheIvb2024To2027AdoptedByTheCouncilOn19December2023() {
        Map<String, Object> framework = jdbc.sql(
                        "select title, kind, first_year, last_year, adopted_by_council_on::text as adopted"
                                + " from policy_framework where id = " + FRAMEWORK)
                .query()
                .singleRow();

        assertThat(framework)
                .containsEntry("title", "Integraal Veiligheidsbeleid (IVB) 2024-2027")
                .containsEntry("kind", "INTEGRAL_SAFETY")
                .containsEntry("first_year", 2024)
                .containsEntry("last_year", 2027)
                .containsEntry("adopted", "2023-12-19");
    }

    @Test
    void fiveMainThemesInTableOrderWithKernbeleidFieldAndSubThemeCount() {
        // Table captions of deel 1 and deel 2; sub-themes = distinct THEMA cells per main theme:
        // Buurt 3 (2025) + 3 new (2026), Zorg 7 + 1 (PARTA), Leefbaarheid 3 + 1 (Verkeersveiligheid),
        // Ondermijning none (its THEMA cell is the main theme), Weerbaarheid 2 (incl. Navo-top 2025).
        assertThat(strings("""
                select t.name || '|' || t.kind || '|' || t.kernbeleid_field || '|'
                       || (select count(*) from theme c where c.parent_id = t.id)
                from theme t where t.framework_id = """ + FRAMEWORK + " and t.parent_id is null order by t.position"))
                .containsExactly(
                        "Buurt en veiligheid|PRIORITY|1|6",
                        "Zorg en veiligheid|PRIORITY|1|8",
                        "Leefbaarheid|PRIORITY|1|4",
                        "Ondermijning|PRIORITY|5|0",
                        "Weerbaarheid|OTHER|4|2");
        assertThat(count("select count(*) from theme where framework_id = " + FRAMEWORK))
                .isEqualTo(25);
    }

    @Test
    void subThemesAreTheThemaCellsInOrderOfFirstAppearance() {
        assertThat(subThemes("Zorg en veiligheid"))
                .containsExactly(
                        "Overlegstructuur jeugd|3",
                        "Lokale kamer zorg en veiligheid|1",
                        "Versterken specifieke kennis boa|3",
                        "Jongeren ontmoetingsplek (JOP)|3",
                        "Dealbreakers|3",
                        "Complexe Casuïstiek|1",
                        "Wet Aanpak Woonoverlast|1",
                        "Uitvoeringsbeleid op basis van de wet gegevensverwerking persoonsgerichte aanpak radicalisering en"
                                + " terroristische activiteiten (PARTA).|5");
        assertThat(subThemes("Buurt en veiligheid"))
                .containsExactly(
                        "Toezicht Handhaving|1",
                        "Preventie en weerbaarheid|1",
                        "Digitale criminaliteit|1",
                        "Digitale weerbaarheid 'online leefwereld' jongeren.|3",
                        "Veiligheid vrouwen en LHBTIQ+ personen|1",
                        "Jaarwisseling|1");
        assertThat(subThemes("Leefbaarheid"))
                .containsExactly(
                        "Toezicht en Handhaving|1", "Leefbaarheidsoverleg|1", "Verkeer|4", "Verkeersveiligheid|4");
        // THEMA cell 'Navo-top 2025 24 t/m 26 juni 2025': the dates are the description.
        assertThat(strings("select name || '|' || coalesce(description, '-') from theme where framework_id = "
                        + FRAMEWORK + " and parent_id = " + mainTheme("Weerbaarheid") + " order by position"))
                .containsExactly("Maatschappelijke weerbaarheid|-", "Navo-top 2025|24 t/m 26 juni 2025");
    }

    @Test
    void plan2025IsEvaluatedAndPlan2026IsAConceptBecauseNoAdoptionDateIsPrinted() {
        assertThat(strings(
                        "select year || '|' || title || '|' || state || '|' || coalesce(adopted_on::text, '-') || '|'"
                                + " || coalesce(evaluated_on::text, '-') from execution_plan where framework_id = "
                                + FRAMEWORK + " order by year"))
                .containsExactly(
                        "2025|Uitvoeringsplan Integraal Veiligheidsbeleid 2025|GEEVALUEERD|2025-01-28|-",
                        "2026|Uitvoeringsplan Integraal Veiligheidsbeleid Wassenaar 2026|CONCEPT|-|-");
    }

    @Test
    void everyTableRowIsAnActivityWithItsPartnerLinksPerMainTheme() {
        // Rows per table and the organisations in each PARTIJ(EN) cell (see the derivations note):
        // 2025 Buurt 5 rows, 1+3+3+3+4 links; Zorg 8 rows, 3+4+2+1+1+5+3+3; Leefbaarheid 5 rows, 1+7+2+2+3;
        // Ondermijning 1 row, 1; Weerbaarheid 2 rows, 5+3.
        assertThat(activitiesAndLinksPerMainTheme(PLAN_2025))
                .containsExactly(
                        "Buurt en veiligheid: 5 activities, 14 partner links",
                        "Zorg en veiligheid: 8 activities, 22 partner links",
                        "Leefbaarheid: 5 activities, 15 partner links",
                        "Ondermijning: 1 activities, 1 partner links",
                        "Weerbaarheid: 2 activities, 8 partner links");
        // 2026 Buurt 4 rows, 4+4+2+3; Zorg 3 rows, 3+4+3; Leefbaarheid 2 rows, 3+2; Ondermijning 1, 1; Weerbaarheid 1,
        // 5.
        assertThat(activitiesAndLinksPerMainTheme(PLAN_2026))
                .containsExactly(
                        "Buurt en veiligheid: 4 activities, 13 partner links",
                        "Zorg en veiligheid: 3 activities, 10 partner links",
                        "Leefbaarheid: 2 activities, 5 partner links",
                        "Ondermijning: 1 activities, 1 partner links",
                        "Weerbaarheid: 1 activities, 5 partner links");
        // Positions are 0..n-1 in printed order within each plan.
        assertThat(strings(
                        "select p.year || ':' || min(a.position) || '-' || max(a.position) || '/' || count(distinct a.position)"
                                + " from activity a join execution_plan p on p.id = a.plan_id where p.framework_id = "
                                + FRAMEWORK
                                + " group by p.year order by p.year"))
                .containsExactly("2025:0-20/21", "2026:0-10/11");
    }

    @Test
    void emptyThemaCellsContinueThePreviousSubTheme() {
        assertThat(titlesUnder(PLAN_2025, "Digitale criminaliteit"))
                .containsExactly(
                        "Het opzetten van een bijeenkomst in samenwerking met de politie gericht op (digitale) criminaliteit en het"
                                + " vergroten van de weerbaarheid van ouderen tegen oplichting o.a. babbeltrucs en nepagenten.",
                        "Het starten van een publiekscampagne in samenwerking met de politie gericht op (digitale) criminaliteit en"
                                + " het vergroten van de weerbaarheid van ouderen tegen oplichting o.a. babbeltrucs en nepagenten.",
                        "De preventiemogelijkheden inventariseren voor het vergroten van de digitale weerbaarheid onder jongeren.");
        assertThat(titlesUnder(PLAN_2025, "Verkeer"))
                .containsExactly(
                        "Het houden van een publiekscampagne.",
                        "Opleveren plan van aanpak gezamenlijke en concrete handhavingsacties.",
                        "Veiligheidsanalyse verkeersongevallen afgelopen jaren + aanbevelingen voor aanvullende maatregelen.");
        assertThat(titlesUnder(PLAN_2026, "Overlegstructuur jeugd"))
                .containsExactly(
                        "Veilige schooloverleg (VSO) t.b.v. convenant schoolveiligheid 2025.",
                        "Bestuurlijk Veilige School Overleg (BVSO).");
        assertThat(titlesUnder(PLAN_2026, "Verkeersveiligheid")).hasSize(2);
        // The Ondermijning rows reference the main theme itself.
        assertThat(titlesUnder(PLAN_2026, "Ondermijning"))
                .containsExactly("Opstellen en uitvoeren uitvoeringsplan 2026.");
    }

    @Test
    void everyDeel1RowHasOneYearEndEvaluationAndDeel2RowsHaveIntendedResults() {
        // 21 rows in deel 1; statuses as derived in the note: 14 green, 6 yellow, 1 red.
        assertThat(strings(
                        "select e.moment || ' ' || e.status || ' ' || count(*) from evaluation e join activity a on a.id = e.activity_id"
                                + " where a.plan_id = " + PLAN_2025 + " group by e.moment, e.status order by e.status"))
                .containsExactly("YEAR_END GREEN 14", "YEAR_END RED 1", "YEAR_END YELLOW 6");
        assertThat(
                        count(
                                "select count(*) from activity a where a.plan_id = " + PLAN_2025
                                        + " and (select count(*) from evaluation e where e.activity_id = a.id and e.result_text <> '') <> 1"))
                .isZero();
        assertThat(count("select count(*) from evaluation e join activity a on a.id = e.activity_id where a.plan_id = "
                        + PLAN_2026))
                .isZero();
        // Deel 1 has no intended result; every deel 2 row has one (the RESULTAAT column of deel 2).
        assertThat(strings(
                        "select p.year || ':' || count(a.intended_result) from activity a join execution_plan p on p.id = a.plan_id"
                                + " where p.framework_id = " + FRAMEWORK + " group by p.year order by p.year"))
                .containsExactly("2025:0", "2026:11");
    }

    @Test
    void tableCellsAreStoredVerbatim() {
        // Buurt en veiligheid 2025: the longest RESULTAAT cell, and the row joined across a page break.
        assertThat(result("Het preventieaanbod rondom diefstal"))
                .isEqualTo(
                        "De cijfers over fietsendiefstal zijn in 2025 bekeken. Omdat deze dalen, is besloten om in 2025 geen nieuwe"
                                + " actie op te zetten. Door te sturen op veiligheidstrends kunnen we efficiënter omgaan met inzet op"
                                + " preventie. Zo is er bijvoorbeeld meer ingezet op controles van fatbikes door de politie. Het thema"
                                + " wordt weggezet op de jaarlijkse communicatiekalender, zie uitvoeringsplan 2026.");
        assertThat(column(PLAN_2025, "goal", "Het opzetten van een bijeenkomst in samenwerking met de politie"))
                .isEqualTo(
                        "Het vergroten van het bewustzijn van de gevaren die er spelen op het digitale netwerk. Het vergroten van de"
                                + " weerbaarheid van gebruikers van het digitale netwerk. Tijdig op de hoogte brengen van nieuwe fenomenen.");
        // Zorg en veiligheid 2025
        assertThat(result("Veilige school overleg (VSO)"))
                .isEqualTo(
                        "Op 13 november 2025 vond de eerste ophaalsessie plaats om samen met onderwijs en politie signalen en trends"
                                + " rond schoolveiligheid op te halen. Deze sessie vormt de basis voor een efficiënt VSO, voortkomend uit het"
                                + " convenant Schoolveiligheid Wassenaar 2025. In 2026 wordt verder gewerkt aan het opzetten en"
                                + " implementeren van het VSO.");
        assertThat(column(PLAN_2025, "goal", "Veilige school overleg (VSO)"))
                .isEqualTo("Evaluëren handlingsprotocol op efficiëntie en werking.");
        assertThat(column(PLAN_2025, "goal", "Onderzoek afronden en vervolgstappen bepalen."))
                .isEqualTo(
                        "Onderzoek biedt inzicht welke locatie(s) in Wassenaar geschikt zijn om een of meerdere nieuwe JOP'en te plaatsen.");
        assertThat(result("Optimaliseren en vastleggen van werkprocessen"))
                .isEqualTo(
                        "De werkprocessen voor de Wet Tijdelijk Huisverbod, Wet Verplichte Geestelijke Gezondheidszorg (Wvggz) en Wet"
                                + " Zorg en Dwang (Wzd) zijn uitgewerkt en vastgelegd.");
        // Leefbaarheid 2025: the row joined across a page break, and the result with quotes.
        assertThat(column(PLAN_2025, "goal", "Overleg is in 2023 opgeheven."))
                .isEqualTo(
                        "Interne en externe samenwerking optimaliseren op het gebied van leefbaarheid, verkeer en onderhoud in de"
                                + " openbare ruimte. Het stimuleren van de lokale samenwerking zodat de leefbaarheid binnen de gemeente"
                                + " verbeterd en er snellere afhandeling plaatsvindt van meldingen en/of casuïstiek.");
        assertThat(result("Overleg is in 2023 opgeheven."))
                .isEqualTo(
                        "Het leefbaarheidsoverleg is op 1 juli 2025 ingericht en van start gegaan. Er wordt gestart met een pilot van"
                                + " één jaar tot juni 2026, met als doel om aan het einde van deze periode een vaste structuur te realiseren.");
        assertThat(result("Het houden van een publiekscampagne."))
                .isEqualTo(
                        "In 2025 zijn drie campagnes uitgevoerd: \"De scholen zijn weer begonnen\", \" 't kan hard gaan\" voor"
                                + " bewustwording rond fatbikes en \"Licht aan\" om zichtbaarheid in het verkeer te vergroten.");
        // Ondermijning and Weerbaarheid 2025: '&', and the goal whose HTML list became a numbered list.
        assertThat(result("Opstellen en uitvoeren uitvoeringsplan."))
                .isEqualTo(
                        "Het uitvoeringsplan is vastgesteld door B&W op 4 februari. De raad is geïnformeerd middels informatiebrief 014.");
        assertThat(column(PLAN_2025, "goal", "Inrichten werkgroep, het opstellen van een projectplan"))
                .isEqualTo("""
                Het uitwerken van de volgende drie pijlers met als doel de maatschappelijke weerbaarheid te vergroten:

                1. Communicatie: door goede informatievoorziening de weerbaarheid van de inwoners vergroten.
                2. Bevolkingszorg en crisisorganisatie: uitwerken van scenario's met betrekking tot bevolkingszorg en \
                noodsteunpunten, zodat dit proces tijdens een crisis effectief kan worden uitgevoerd.
                3. Kritieke Bedrijfsprocessen: uitwerken van scenario's met betrekking tot de eigen kritieke processen, zodat \
                deze processen tijdens een crisis overeind blijven.""");
        assertThat(result("Inrichten werkgroep en opstellen van een projectplan ten behoeve van de Navo-top."))
                .startsWith(
                        "De werkgroep heeft een interne evaluatie uitgevoerd. Het evenement is veilig en ordelijk verlopen.");
        // Deel 2, every table.
        assertThat(column(PLAN_2026, "goal", "Samen met de buurt- en wijkverenigingen"))
                .isEqualTo(
                        "Het onderzoeken van mogelijkheden voor een vreugdevuur, een georganiseerde vuurwerkshow of nieuwjaarsborrel als"
                                + " veilig alternatief, in samenwerking met wijk- en buurtverenigingen, om de jaarwisseling feestelijk én"
                                + " ordelijk te laten verlopen. Dit doen we door actief in gesprek te gaan met een buurt- of wijkvereniging.");
        assertThat(column(PLAN_2026, "intended_result", "Onderzoek uitvoeren naar de (sociale) veiligheid"))
                .isEqualTo(
                        "Resultaten van het onderzoek verwerkt in een actieplan. De raad wordt hierover voor 1 juli 2026 geïnformeerd.");
        assertThat(column(PLAN_2026, "goal", "Opstellen van uitvoeringsbeleid op basis van de vastgestelde wet PARTA."))
                .isEqualTo(
                        "Zorgen voor een helder, lokaal kader waarin de taken, verantwoordelijkheden en werkwijzen m.b.t. casuoverleg,"
                                + " informatie-uitwisseling en privacybescherming onder wet PARTA geborgd zijn.");
        assertThat(column(PLAN_2026, "intended_result", "Opleveren plan van gezamenlijke aanpak"))
                .isEqualTo(
                        "Een afgestemd plan voor gezamenlijke handhavingsacties inclusief alcohol- en e-bike controles.");
        assertThat(column(PLAN_2026, "intended_result", "Opstellen en uitvoeren uitvoeringsplan 2026."))
                .isEqualTo("Vastgesteld en uitgevoerd uitvoeringsplan 2026.");
        assertThat(column(PLAN_2026, "intended_result", "Op basis van de vastgestelde projectopdracht"))
                .isEqualTo(
                        "Uitgewerkt opgaveplan conform vastgestelde opdracht. In de opdracht wordt gevraagd om extra capaciteit om de"
                                + " opgave te coördineren, planvorming verder op te stellen, deel te nemen aan regionale samenwerking en"
                                + " tegelijk acties gericht uit te voeren. Planvorming moet uiteindelijk leiden tot een kostenraming voor"
                                + " opname in begroting 2027. Resultaat en tempo is afhankelijk van acceptatie projectopdracht en"
                                + " beschikbaarheid gelden.");
    }

    @Test
    void partnersAreSharedOrganisationsWithTheirPrintedWording() {
        // The cell of the Leefbaarheidsoverleg row, joined across the page break: seven organisations.
        assertThat(partnerLinks(PLAN_2025, "Overleg is in 2023 opgeheven."))
                .containsExactly(
                        "wassenaar-beheer-openbare-ruimte=Beheer Openbare ruimte",
                        "wassenaar-verkeer=verkeer",
                        "wassenaar-wijkmanagers=wijkmanagers",
                        "wassenaar-vtv=VTV",
                        "politie=politie Wassenaar",
                        "wassenaarsche-bouwstichting=woningcorporatie Wassenaarsche bouwstichting",
                        "woningbouwvereniging-st-willibrordus=woningbouwvereniging St. Willibrordus");
        assertThat(partnerLinks(PLAN_2026, "Bestuurlijk Veilige School Overleg (BVSO)."))
                .containsExactly(
                        "wassenaar-burgemeester=Burgemeester",
                        "wassenaar-wethouder-onderwijs=wethouder onderwijs",
                        "politie=politie Wassenaar",
                        "wassenaar-scholen=PO- en VO-scholen");
        assertThat(partnerLinks(PLAN_2026, "Onderzoek uitvoeren naar de (sociale) veiligheid"))
                .containsExactly(
                        "wassenaar-vtv=VTV", "politie=politie",
                        "orange-the-world=nader te bepalen organisaties zoals Orange the world",
                                "zonta-nederland=Zonta Nederland");
        // One row for the police and for VTV however the cells spell them.
        assertThat(strings("select distinct ap.wording from activity_partner ap join partner p on p.id = ap.partner_id"
                        + " join activity a on a.id = ap.activity_id join execution_plan pl on pl.id = a.plan_id"
                        + " where p.key = 'politie' and pl.framework_id = " + FRAMEWORK))
                .containsExactlyInAnyOrder("Politie Wassenaar", "politie", "politie Wassenaar");
        assertThat(strings("select distinct ap.wording from activity_partner ap join partner p on p.id = ap.partner_id"
                        + " join activity a on a.id = ap.activity_id join execution_plan pl on pl.id = a.plan_id"
                        + " where p.key = 'wassenaar-vtv' and pl.framework_id = " + FRAMEWORK))
                .containsExactlyInAnyOrder(
                        "Team Veiligheid, Toezicht en Handhaving (VTV) Gemeente Wassenaar",
                        "VTV",
                        "Vergunningen, Toezicht en Veiligheid (VTV) Gemeente Wassenaar");
        assertThat(strings(
                        "select p.kind || ':' || m.slug || ':' || p.name from partner p join municipality m on m.id = p.municipality_id"
                                + " where p.key = 'wassenaar-vtv'"))
                .containsExactly("INTERNAL:wassenaar:Vergunningen, Toezicht en Veiligheid (VTV)");
        // The document marks no lead: every link is BETROKKEN.
        assertThat(strings("select distinct ap.role from activity_partner ap join activity a on a.id = ap.activity_id"
                        + " join execution_plan p on p.id = a.plan_id where p.framework_id = " + FRAMEWORK))
                .containsExactly("BETROKKEN");
    }

    @Test
    void carriedOverActivitiesPointToThe2025RowTheyContinue() {
        // Eight 2026 rows continue a 2025 row; PARTA, Jaarwisseling and Veiligheid vrouwen are new.
        assertThat(strings("""
                select left(a.title, 40) || ' <- ' || left(o.title, 40)
                from activity a join activity o on o.id = a.carried_over_from_id
                where o.plan_id = """ + PLAN_2025 + " and a.plan_id = " + PLAN_2026 + " order by a.position"))
                .containsExactly(
                        "Het opzetten van een bijeenkomst in same <- De preventiemogelijkheden inventariseren",
                        "Inrichten jaarlijkse communicatiekalende <- Het preventieaanbod rondom diefstal ontw",
                        "Veilige schooloverleg (VSO) t.b.v. conve <- Veilige school overleg (VSO) t.b.v. conv",
                        "Bestuurlijk Veilige School Overleg (BVSO <- Bestuurlijk Veilige School Overleg (BVSO",
                        "Veiligheidsanalyse verkeersongevallen af <- Veiligheidsanalyse verkeersongevallen af",
                        "Opleveren plan van gezamenlijke aanpak e <- Opleveren plan van aanpak gezamenlijke e",
                        "Opstellen en uitvoeren uitvoeringsplan 2 <- Opstellen en uitvoeren uitvoeringsplan.",
                        "Op basis van de vastgestelde projectopdr <- Inrichten werkgroep, het opstellen van e");
        assertThat(count("select count(*) from activity where plan_id = " + PLAN_2026
                        + " and carried_over_from_id is null"))
                .isEqualTo(3);
    }

    @Test
    void narrativeSectionsFollowTheDocumentOrderPerPlan() {
        assertThat(sections(PLAN_2026)).containsExactly("1 - -", "1 Inleiding -", "1 Uitvoeringsplan 2026 (deel 2) -");
        assertThat(sections(PLAN_2025))
                .containsExactly(
                        "1 Evaluatie uitvoeringsplan 2025 (deel 1) -",
                        "2 Extra activiteit Buurt en veiligheid",
                        "2 Extra activiteit Buurt en veiligheid",
                        "1 Bijlage 1: Lokale Kamer Wassenaar evaluatie 2025 Lokale kamer zorg en veiligheid",
                        "2 Lokale Kamer in de praktijk Lokale kamer zorg en veiligheid",
                        "2 Cijfers Lokale kamer zorg en veiligheid",
                        "2 Convenantpartners Lokale kamer zorg en veiligheid",
                        "2 Communicatie Lokale kamer zorg en veiligheid",
                        "2 Vooruitblik Lokale kamer zorg en veiligheid",
                        "3 Het verder versterken van de regionale samenwerking. Lokale kamer zorg en veiligheid",
                        "3 Het bestendigen van de samenwerking met de huidige convenantpartners. Lokale kamer zorg en veiligheid",
                        "3 Het verbeteren van interne processen met Aanpak Voorkoming Escalatie (AVE). Lokale kamer zorg en veiligheid",
                        "3 Gebruik maken van bestaande kanalen om de zichtbaarheid te vergroten. Lokale kamer zorg en veiligheid");
    }

    @Test
    void narrativeBodiesAreVerbatimWithListsAsLines() {
        assertThat(body(PLAN_2026, 0)).isEqualTo("Inclusief evaluatie uitvoeringsplan 2025");
        assertThat(body(PLAN_2026, 1))
                .startsWith("Het Integraal Veiligheidsbeleid (IVB) 2024-2027 van de gemeente Wassenaar is"
                        + " op 19 december 2023 door de gemeenteraad vastgesteld.")
                .contains("college van burgemeester en wethouders (B&W)")
                .contains("in- en externe (veiligheids-)partners")
                .hasLineCount(5);
        assertThat(body(PLAN_2025, 0)).contains("""
                thema's van het IVB:

                - Buurt en Veiligheid (objectieve veiligheid)
                - Zorg en Veiligheid volwassen en jeugd (sociale kwaliteit)
                - Leefbaarheid (fysieke kwaliteit)
                - Ondernijning

                Het thema ondernijning""").contains("""
                aangegeven middels:

                - Groen: Gereed
                - Geel: Op schema 2026/2027
                - Rood: Niet uitgevoerd/vindt geen doorgang.

                De evaluatie gaat over het jaar 2025""");
        assertThat(body(PLAN_2025, 1))
                .contains("jongerenwerk Gro-Up het spel The Hunt")
                .contains("afgesloten bij het jongerencentrum 'Boven'.");
        assertThat(body(PLAN_2025, 2))
                .endsWith("het behalen van het Keurmerk Veilig Ondernemen (KVO) voor een veilig winkelgebied.");
        assertThat(body(PLAN_2025, 4))
                .contains("""
                - Er heeft een waarschuwingsgesprek plaatsgevonden met de leerplichtambtenaar en de wijkagent.
                - Er is een last onder dwangsom opgelegd ter hoogte van €500 bij volgende overtredingen van bezit handelshoeveelheid drugs.
                """)
                .contains("beleidsadviseur zorg & veiligheid en beleidsadviseur ondermijning.")
                .contains("kunnen betrokken partijen elkaar goed vinden en samenwerken.")
                .doesNotContain("*");
        assertThat(body(PLAN_2025, 5))
                .contains("Het is opgevallen dat er aan de start van de PGA behoefte is om frequenter af te"
                        + " spreken om partners goed bij elkaar te brengen en informatie up to date te houden.");
        assertThat(body(PLAN_2025, 6))
                .startsWith("In het huidige samenwerkingsverband zitten de volgende convenantpartners:"
                        + " Gemeente Wassenaar; Sociaal Team Wassenaar; Politie; Veilig Thuis;");
        assertThat(body(PLAN_2025, 10)).isEqualTo("""
                In 2026 organiseren we een terugkomdag voor de convenantpartners om terug te blikken op de samenwerking en de \
                (her-)kenbaarheid van de Lokale Kamer te vergroten.

                Nieuwe collega's bij de convenantpartners krijgen aanvullend een training over de Lokale Kamer en het systeem PGAx.""");
    }

    @Test
    void bijlage1FiguresAreKpisOfPlan2025WithMeasurements() {
        // Table lines 176-178 (Aanmelding, Aanpak for 2024 and 2025; duur, melders, partijen for 2025) and
        // the ZVHH counts of line 188 (2024 and 2025): 6 KPIs, 9 measurements, no targets.
        assertThat(strings("""
                select k.name || '|' || k.kind || '|' || string_agg(m.period || '=' || coalesce(m.value::text, m.value_text), ';' order by m.year)
                from kpi k join measurement m on m.kpi_id = k.id
                where k.plan_id = """ + PLAN_2025 + " group by k.id, k.name, k.kind, k.position order by k.position"))
                .containsExactly(
                        "Aanmelding|NUMERIC|2024=1.00;2025=9.00",
                        "Aanpak|NUMERIC|2024=0.00;2025=6.00",
                        "Gemiddelde duur|NUMERIC|2025=4.00",
                        "Melders|MILESTONE|2025=Politie, Procesregie, Jeugdbescherming",
                        "Partijen per aanpak|NUMERIC|2025=4.00",
                        "Aanmeldingen direct bij het Zorg- en Veiligheidshuis (ZVHH)|NUMERIC|2024=4.00;2025=1.00");
        assertThat(count("select count(*) from kpi k where k.plan_id = " + PLAN_2025
                        + " and (k.target_value is not null or k.target_text is not null or k.theme_id <> "
                        + subTheme("Lokale kamer zorg en veiligheid") + ")"))
                .isZero();
        assertThat(strings("select m.note from measurement m join kpi k on k.id = m.kpi_id where k.plan_id = "
                        + PLAN_2025 + " and k.name in ('Gemiddelde duur', 'Melders') order by k.position"))
                .containsExactly("Gemiddelde duur: 4 maanden", "Melders: Politie Procesregie Jeugdbescherming");
        // Measurements per plan: 2 + 2 + 1 + 1 + 1 + 2 = 9 on plan 2025, none on plan 2026.
        assertThat(strings(
                        "select p.year || ':' || count(m.id) from execution_plan p left join kpi k on k.plan_id = p.id"
                                + " left join measurement m on m.kpi_id = k.id where p.framework_id = " + FRAMEWORK
                                + " group by p.year order by p.year"))
                .containsExactly("2025:9", "2026:0");
    }

    @Test
    void derivedStatusesMatchTheTableInTheDerivationsNote() throws IOException {
        List<String[]> table = statusTable();
        List<Map<String, Object>> rows =
                jdbc.sql("""
                select a.position, t.name as thema, a.title, e.status
                from activity a join theme t on t.id = a.theme_id join evaluation e on e.activity_id = a.id and e.moment = 'YEAR_END'
                where a.plan_id = """ + PLAN_2025 + " order by a.position").query().listOfRows();

        assertThat(table).hasSize(21);
        assertThat(rows).hasSize(table.size());
        for (int i = 0; i < table.size(); i++) {
            String[] cells = table.get(i);
            Map<String, Object> row = rows.get(i);
            String firstWords = cells[2].replaceAll("(…|\\.\\.\\.)$", "").trim();
            assertThat(Integer.parseInt(cells[0]))
                    .as("# of row %d", i + 1)
                    .isEqualTo(((Number) row.get("position")).intValue() + 1);
            assertThat((String) row.get("thema")).as("Thema of #%s", cells[0]).isEqualTo(cells[1]);
            assertThat((String) row.get("title"))
                    .as("Activiteit of #%s", cells[0])
                    .startsWith(firstWords);
            assertThat((String) row.get("status")).as("Status of #%s", cells[0]).isEqualTo(cells[3]);
        }
    }

    // --- helpers ---------------------------------------------------------------------------------------

    private static String plan(int year) {
        return "(select p.id from execution_plan p where p.year = " + year + " and p.framework_id = " + FRAMEWORK + ")";
    }

    private static String mainTheme(String name) {
        return "(select id from theme where framework_id = " + FRAMEWORK + " and parent_id is null and name = '" + name
                + "')";
    }

    private static String subTheme(String name) {
        return "(select id from theme where framework_id = " + FRAMEWORK + " and parent_id is not null and name = '"
                + name + "')";
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private List<String> strings(String sql) {
        return jdbc.sql(sql).query(String.class).list();
    }

    private List<String> subThemes(String mainTheme) {
        return strings("select name || '|' || kernbeleid_field from theme where parent_id = " + mainTheme(mainTheme)
                + " order by position");
    }

    private List<String> activitiesAndLinksPerMainTheme(String plan) {
        return strings(
                "select mt.name || ': ' || count(distinct a.id) || ' activities, ' || count(ap.id) || ' partner links'"
                        + " from activity a join theme mt on mt.id = " + MAIN_THEME
                        + " left join activity_partner ap on ap.activity_id = a.id"
                        + " where a.plan_id = " + plan + " group by mt.name, mt.position order by mt.position");
    }

    /** Titles of a plan's activities under the theme of that name (sub-theme, or main theme when none is printed). */
    private List<String> titlesUnder(String plan, String themeName) {
        return jdbc.sql("select a.title from activity a join theme t on t.id = a.theme_id where a.plan_id = " + plan
                        + " and t.name = ? order by a.position")
                .param(themeName)
                .query(String.class)
                .list();
    }

    /** A column of the one activity of the plan whose title starts with the given words. */
    private String column(String plan, String column, String titleStart) {
        return jdbc.sql("select " + column + " from activity where plan_id = " + plan + " and starts_with(title, ?)")
                .param(titleStart)
                .query(String.class)
                .single();
    }

    private String result(String titleStart) {
        return jdbc.sql("select e.result_text from evaluation e join activity a on a.id = e.activity_id"
                        + " where a.plan_id = " + PLAN_2025 + " and e.moment = 'YEAR_END' and starts_with(a.title, ?)")
                .param(titleStart)
                .query(String.class)
                .single();
    }

    private List<String> partnerLinks(String plan, String titleStart) {
        return jdbc.sql("""
                select p.key || '=' || ap.wording from activity_partner ap
                join partner p on p.id = ap.partner_id join activity a on a.id = ap.activity_id
                where a.plan_id = """ + plan + " and starts_with(a.title, ?) order by ap.position")
                .param(titleStart)
                .query(String.class)
                .list();
    }

    private List<String> sections(String plan) {
        return strings("select n.level || ' ' || coalesce(n.heading, '-') || ' ' || coalesce(t.name, '-')"
                + " from narrative_section n left join theme t on t.id = n.theme_id where n.plan_id = " + plan
                + " order by n.position");
    }

    private String body(String plan, int position) {
        return jdbc.sql("select body from narrative_section where plan_id = " + plan + " and position = ?")
                .param(position)
                .query(String.class)
                .single();
    }

    /** The rows of the Markdown table under the status heading of docs/seed-derivations.md, as trimmed cells. */
    private static List<String[]> statusTable() throws IOException {
        List<String> lines = Files.readAllLines(derivationsFile());
        int heading = lines.stream().map(String::trim).toList().indexOf(STATUS_HEADING);
        assertThat(heading)
                .as("heading '%s' in docs/seed-derivations.md", STATUS_HEADING)
                .isNotNegative();
        List<String[]> rows = new ArrayList<>();
        boolean inTable = false;
        for (String line : lines.subList(heading + 1, lines.size())) {
            String trimmed = line.trim();
            if (trimmed.startsWith("#") && !inTable) {
                break; // next section before any table
            }
            if (!trimmed.startsWith("|")) {
                if (inTable) {
                    break;
                }
                continue;
            }
            inTable = true;
            String[] split = trimmed.split("\\|", -1);
            String[] cells = new String[split.length - 2];
            for (int i = 1; i < split.length - 1; i++) {
                cells[i - 1] = split[i].trim();
            }
            if (cells.length < 4 || !cells[0].matches("\\d+")) {
                continue; // header row and separator row
            }
            rows.add(cells);
        }
        return rows;
    }

    private static Path derivationsFile() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path file = dir.resolve("docs/seed-derivations.md");
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        throw new AssertionError(
                "docs/seed-derivations.md not found from " + Path.of("").toAbsolutePath());
    }
}
