package nl.ivbplanner.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import nl.ivbplanner.support.Given;
import nl.ivbplanner.support.IvbIntegrationTest;
import nl.ivbplanner.support.PageText;
import nl.ivbplanner.support.SqlStatementCounter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A publishing municipality's open data (/openbaar/{gemeente}/open-data), without signing in: the published plans'
 * activities and the KPIs as CSV and JSON with the same records, described exactly by the Data Package, never a
 * concept, a 304 for a reader who has the file, a 404 where the municipality does not publish (rolled back after each
 * test).
 */
@IvbIntegrationTest
@Transactional
class OpenDataTest {

    static final String WASSENAAR = "/openbaar/wassenaar/open-data";
    static final List<String> MUNICIPALITIES = List.of("wassenaar", "rijswijk", "westland", "leidschendam-voorburg");
    static final List<String> FILES =
            List.of("activiteiten.csv", "activiteiten.json", "kpis.csv", "kpis.json", "datapackage.json");

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SqlStatementCounter statements;

    @Test
    void anEvaluatedActivityHasItsThemeVerdictResultAndPartnersInTheirColumns() throws Exception {
        List<CSVRecord> activities = csv(WASSENAAR + "/activiteiten.csv");
        CSVRecord dealbreakers = activities.stream()
                .filter(r -> r.get("activiteit").equals("Start project Dealbreakers."))
                .collect(onlyOne());

        assertThat(dealbreakers.toMap())
                .containsEntry("gemeente", "Wassenaar")
                .containsEntry("cbs_code", "GM0629")
                .containsEntry("kader", "ivb-2024-2027")
                .containsEntry("planjaar", "2025")
                .containsEntry("plan_titel", "Uitvoeringsplan Integraal Veiligheidsbeleid 2025")
                .containsEntry("plan_status", "GEEVALUEERD")
                .containsEntry("thema", "Dealbreakers")
                .containsEntry("oordeel", "RED")
                .containsEntry("oordeel_label", "Niet uitgevoerd/vindt geen doorgang")
                .containsEntry("adres", "/openbaar/wassenaar/kaders/ivb-2024-2027/plannen/2025")
                .containsEntry(
                        "doel",
                        "Het doel van project Dealbreakers is het voorkomen dat jongeren betrokken raken bij"
                                + " (drugs)criminaliteit.");
        assertThat(dealbreakers.get("resultaat")).startsWith("Het geplande project is niet van start gegaan.");
        assertThat(dealbreakers.get("hoofdthema")).isNotEmpty();
        assertThat(dealbreakers.get("partners").split("; "))
                .containsExactly("VTV", "procesregie jeugd", "beleid onderwijs", "voortgezet onderwijs", "Gro-up");
        // the seeded evaluation: 21 activities, 14 green, 6 yellow, 1 red
        assertThat(activities.stream().filter(r -> r.get("planjaar").equals("2025")))
                .hasSize(21);
        assertThat(activities.stream()
                        .filter(r -> r.get("planjaar").equals("2025"))
                        .collect(Collectors.groupingBy(r -> r.get("oordeel"), Collectors.counting())))
                .isEqualTo(Map.of("GREEN", 14L, "YELLOW", 6L, "RED", 1L));

        JsonNode json = json(WASSENAAR + "/activiteiten.json");
        JsonNode same = StreamSupport.stream(json.spliterator(), false)
                .filter(a -> a.get("activiteit_id").asLong() == Long.parseLong(dealbreakers.get("activiteit_id")))
                .collect(onlyOne());
        assertThat(same.get("planjaar").isInt()).isTrue();
        assertThat(same.get("oordeel").asString()).isEqualTo("RED");
        assertThat(same.get("partners").isArray()).isTrue();
        assertThat(same.get("partners").get(4).asString()).isEqualTo("Gro-up");
        // the deadline the staff set and a measurement's note are not in the published documents either
        assertThat(same.has("deadline")).isFalse();
    }

    @Test
    void aConceptsActivitiesNeverAppearAndAVerdictOnlyOnceTheEvaluationIsClosed() throws Exception {
        List<Long> concept = Given.in(jdbc).plan("ivb-2024-2027", 2026).activities();
        assertThat(concept).isNotEmpty();
        Given.in(jdbc).plan("ivb-2024-2027", 2026).judgedAtYearEnd("GREEN", "Een oordeel in concept");
        assertThat(ids(csv(WASSENAAR + "/activiteiten.csv"))).doesNotContainAnyElementsOf(concept);
        assertThat(ids(json(WASSENAAR + "/activiteiten.json"))).doesNotContainAnyElementsOf(concept);
        assertThat(body(WASSENAAR + "/activiteiten.csv")).doesNotContain("Een oordeel in concept");

        Given.in(jdbc).plan("ivb-2024-2027", 2026).adopted(LocalDate.of(2026, 2, 3));
        List<CSVRecord> adopted = csv(WASSENAAR + "/activiteiten.csv").stream()
                .filter(r -> concept.contains(Long.valueOf(r.get("activiteit_id"))))
                .toList();
        assertThat(adopted).hasSameSizeAs(concept).allSatisfy(r -> {
            assertThat(r.get("plan_status")).isEqualTo("VASTGESTELD");
            // verdicts being written during the evaluation are not published yet
            assertThat(r.get("oordeel")).isEmpty();
            assertThat(r.get("resultaat")).isEmpty();
        });
        // the yellow activities of 2025 that 2026 carries on
        assertThat(adopted).anySatisfy(r -> {
            assertThat(r.get("overgenomen_uit_jaar")).isEqualTo("2025");
            assertThat(r.get("overgenomen_uit_activiteit_id")).isNotEmpty();
        });

        Given.in(jdbc).plan("ivb-2024-2027", 2026).evaluated(LocalDate.of(2026, 2, 3), LocalDate.of(2027, 1, 20));
        assertThat(csv(WASSENAAR + "/activiteiten.csv").stream()
                        .filter(r -> concept.contains(Long.valueOf(r.get("activiteit_id")))))
                .allSatisfy(r -> assertThat(r.get("oordeel")).isEqualTo("GREEN"));
    }

    @Test
    void kpisComeWithEachMeasurementAndOnceWithoutWhenTheyHaveNone() throws Exception {
        List<CSVRecord> kpis = csv(WASSENAAR + "/kpis.csv");
        assertThat(kpis.stream().filter(r -> r.get("kpi").equals("Aanmelding")))
                .extracting(r -> r.get("meting_jaar") + "=" + r.get("waarde"))
                .containsExactly("2024=1", "2025=9");
        assertThat(kpis.stream().filter(r -> r.get("kpi").equals("Aanmelding")))
                .allSatisfy(r -> assertThat(r.get("planjaar")).isEqualTo("2025"));

        long aanmelding = jdbc.sql("select id from kpi where name = 'Aanmelding' and plan_id = ?")
                .param(Given.in(jdbc).plan("ivb-2024-2027", 2025).id())
                .query(Long.class)
                .single();
        jdbc.sql("delete from measurement where kpi_id = ?").param(aanmelding).update();
        assertThat(csv(WASSENAAR + "/kpis.csv").stream()
                        .filter(r -> r.get("kpi").equals("Aanmelding")))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.get("kpi_id")).isEqualTo(String.valueOf(aanmelding));
                    assertThat(r.get("meting_id")).isEmpty();
                    assertThat(r.get("waarde")).isEmpty();
                    assertThat(r.get("peildatum")).isEmpty();
                });
        List<CSVRecord> westland = csv("/openbaar/westland/open-data/kpis.csv");
        // Westland has no plans: its KPIs are the framework's own
        assertThat(westland)
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.get("planjaar")).isEmpty());
    }

    @Test
    void theCsvAndTheJsonHoldTheSameRecordsUnderTheSameNames() throws Exception {
        for (String municipality : MUNICIPALITIES) {
            for (String file : List.of("activiteiten", "kpis")) {
                String base = "/openbaar/" + municipality + "/open-data/" + file;
                CSVParser csv = parser(body(base + ".csv"));
                List<CSVRecord> records = csv.getRecords();
                JsonNode json = json(base + ".json");
                assertThat(json.size()).as(base).isEqualTo(records.size());
                for (int i = 0; i < records.size(); i++) {
                    assertThat(new ArrayList<>(json.get(i).propertyNames()))
                            .as(base)
                            .isEqualTo(csv.getHeaderNames());
                    for (String name : csv.getHeaderNames()) {
                        JsonNode value = json.get(i).get(name);
                        String asJson = value.isNull()
                                ? ""
                                : value.isArray()
                                        ? StreamSupport.stream(value.spliterator(), false)
                                                .map(JsonNode::asString)
                                                .collect(Collectors.joining("; "))
                                        : value.asString();
                        assertThat(asJson)
                                .as(base + " " + i + " " + name)
                                .isEqualTo(records.get(i).get(name));
                    }
                }
            }
        }
    }

    /** Every seeded municipality: the schema names the CSV's columns exactly, and every value is what it says. */
    @Test
    void theDataPackageDescribesEveryColumnAndEveryValueFitsItsType() throws Exception {
        int values = 0;
        for (String municipality : MUNICIPALITIES) {
            String base = "/openbaar/" + municipality + "/open-data/";
            JsonNode description = json(base + "datapackage.json");
            assertThat(description.get("profile").asString()).isEqualTo("tabular-data-package");
            assertThat(description.get("licenses").get(0).get("name").asString())
                    .isEqualTo("CC0-1.0");
            assertThat(description.get("resources"))
                    .extracting(r -> r.get("path").asString())
                    .containsExactly("activiteiten.csv", "kpis.csv");
            for (JsonNode resource : description.get("resources")) {
                String path = base + resource.get("path").asString();
                CSVParser csv = parser(body(path));
                List<JsonNode> fields = StreamSupport.stream(
                                resource.get("schema").get("fields").spliterator(), false)
                        .toList();
                assertThat(fields).extracting(f -> f.get("name").asString()).isEqualTo(csv.getHeaderNames());
                List<CSVRecord> records = csv.getRecords();
                for (JsonNode field : fields) {
                    assertThat(field.get("title").asString()).isNotBlank();
                    assertThat(field.get("description").asString()).isNotBlank();
                    for (CSVRecord record : records) {
                        String value = record.get(field.get("name").asString());
                        assertFits(value, field, path + " record " + record.getRecordNumber());
                        values++;
                    }
                }
            }
        }
        // Rijswijk publishes, but its only plan is a concept and its framework has no KPIs of its own: headers only
        assertThat(values).isGreaterThan(1000);
    }

    private static void assertFits(String value, JsonNode field, String where) {
        String name = field.get("name").asString();
        JsonNode constraints = field.get("constraints");
        if (value.isEmpty()) {
            assertThat(constraints != null && constraints.has("required"))
                    .as("%s: %s is required", where, name)
                    .isFalse();
            return;
        }
        switch (field.get("type").asString()) {
            case "integer" -> assertThat(value).as("%s: %s", where, name).matches("-?\\d+");
            case "number" -> {
                assertThat(value).as("%s: %s", where, name).matches("-?\\d+(\\.\\d+)?");
                assertThat(new BigDecimal(value)).isNotNull();
            }
            case "date" ->
                assertThat(LocalDate.parse(value).toString())
                        .as("%s: %s", where, name)
                        .isEqualTo(value);
            case "string" -> {}
            default -> throw new AssertionError(where + ": unknown type of " + name);
        }
        if (constraints != null && constraints.has("enum")) {
            assertThat(StreamSupport.stream(constraints.get("enum").spliterator(), false)
                            .map(JsonNode::asString))
                    .as("%s: %s", where, name)
                    .contains(value);
        }
    }

    @Test
    void aReaderWhoHasAFileGetsA304AndEachFileItsTypeAndName() throws Exception {
        for (String file : FILES) {
            MockHttpServletResponse first =
                    mvc.perform(get(WASSENAAR + "/" + file)).andReturn().getResponse();
            assertThat(first.getStatus()).isEqualTo(200);
            String etag = first.getHeader(HttpHeaders.ETAG);
            assertThat(etag).matches("\"[0-9a-f]{64}\"");
            assertThat(first.getHeader(HttpHeaders.CACHE_CONTROL)).contains("public", "max-age=300");
            assertThat(first.getHeader(HttpHeaders.CONTENT_DISPOSITION))
                    .startsWith("attachment")
                    .contains("filename=\"wassenaar-" + file + "\"");
            assertThat(first.getContentType())
                    .isEqualTo(file.endsWith(".csv") ? "text/csv;charset=UTF-8" : "application/json");
            assertThat(first.getContentAsByteArray()[0])
                    .as("no byte order mark")
                    .isNotEqualTo((byte) 0xEF);

            MockHttpServletResponse again = mvc.perform(
                            get(WASSENAAR + "/" + file).header(HttpHeaders.IF_NONE_MATCH, etag))
                    .andReturn()
                    .getResponse();
            assertThat(again.getStatus()).isEqualTo(304);
            assertThat(again.getContentAsByteArray()).isEmpty();
        }
        String before = mvc.perform(get(WASSENAAR + "/activiteiten.csv"))
                .andReturn()
                .getResponse()
                .getHeader(HttpHeaders.ETAG);
        jdbc.sql("update activity set title = title || ' (gewijzigd)' where id = (select min(a.id) from activity a"
                        + " join execution_plan p on p.id = a.plan_id where p.state = 'GEEVALUEERD')")
                .update();
        MockHttpServletResponse changed = mvc.perform(
                        get(WASSENAAR + "/activiteiten.csv").header(HttpHeaders.IF_NONE_MATCH, before))
                .andReturn()
                .getResponse();
        assertThat(changed.getStatus()).isEqualTo(200);
        assertThat(changed.getHeader(HttpHeaders.ETAG)).isNotEqualTo(before);
    }

    @Test
    void aMunicipalityThatDoesNotPublishOrDoesNotExistHasNoOpenData() throws Exception {
        jdbc.sql("update municipality set publish_publicly = false where slug = 'wassenaar'")
                .update();
        try {
            mvc.perform(get(WASSENAAR)).andExpect(status().isNotFound());
            for (String file : FILES) {
                mvc.perform(get(WASSENAAR + "/" + file)).andExpect(status().isNotFound());
            }
        } finally {
            jdbc.sql("update municipality set publish_publicly = true where slug = 'wassenaar'")
                    .update();
        }
        for (String path : List.of(
                "/openbaar/onbekend/open-data",
                "/openbaar/onbekend/open-data/kpis.csv",
                "/openbaar/Wassenaar/open-data/kpis.csv",
                "/openbaar/" + "a".repeat(300) + "/open-data/activiteiten.json",
                "/openbaar/wassenaar/open-data/onbekend.csv",
                "/openbaar/wassenaar/open-data/kpis.xml")) {
            assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus())
                    .as(path)
                    .isEqualTo(404);
        }
        // refused before they reach the application, never an error of the server
        for (String path : List.of(
                "/openbaar/wassenaar%20/open-data/datapackage.json",
                "/openbaar/wassenaar/open-data/..%2Fkpis.csv", "/openbaar/%00/open-data")) {
            assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus())
                    .as(path)
                    .isBetween(400, 499);
        }
    }

    /** The index links to every file; both pages are well-formed HTML with unique ids (axe: OpenDataPagesBrowserIT). */
    @Test
    void theIndexLinksToTheFilesAndTheirDescriptionWhichExplainsEveryField() throws Exception {
        String index = body("/openbaar/wassenaar");
        assertThat(index).contains("href=\"" + WASSENAAR + "\"");
        for (String file : FILES) {
            assertThat(index).contains("href=\"" + WASSENAAR + "/" + file + "\"");
        }

        String page = body(WASSENAAR);
        for (String file : FILES) {
            assertThat(page).contains("href=\"" + WASSENAAR + "/" + file + "\"");
        }
        for (OpenDataFile<?> file : OpenDataFile.ALL) {
            assertThat(page)
                    .contains(file.fields().stream()
                            .map(field -> "<code>" + field.name() + "</code>")
                            .toList());
        }
        for (String html : List.of(index, page)) {
            Parser parser = Parser.htmlParser().setTrackErrors(20);
            Document document = Jsoup.parse(html, "", parser);
            assertThat(parser.getErrors()).isEmpty();
            assertThat(document.select("[id]").eachAttr("id")).doesNotHaveDuplicates();
        }
        assertThat(PageText.of(page))
                .contains("Open data van de gemeente Wassenaar")
                .contains("Het veld van het thema in de methode Kernbeleid Veiligheid van de VNG")
                .contains("geheel getal, altijd ingevuld");
    }

    @Test
    void runsAFixedNumberOfStatementsHoweverManyPlansArePublished() throws Exception {
        int activities = statements.count(() -> body(WASSENAAR + "/activiteiten.csv"));
        int kpis = statements.count(() -> body(WASSENAAR + "/kpis.json"));
        Given.in(jdbc).plan("ivb-2024-2027", 2026).adopted(LocalDate.of(2026, 2, 3));
        Given.in(jdbc)
                .plan("ondermijning-2025-2028", 2026)
                .evaluated(LocalDate.of(2026, 2, 3), LocalDate.of(2027, 1, 1));
        // the municipality, the activities and their organisations; the municipality and the KPIs
        assertThat(activities).isEqualTo(3);
        assertThat(kpis).isEqualTo(2);
        assertThat(statements.count(() -> body(WASSENAAR + "/activiteiten.csv")))
                .isEqualTo(activities);
        assertThat(statements.count(() -> body(WASSENAAR + "/kpis.json"))).isEqualTo(kpis);
    }

    private String body(String path) throws Exception {
        return mvc.perform(get(path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private List<CSVRecord> csv(String path) throws Exception {
        return parser(body(path)).getRecords();
    }

    private static CSVParser parser(String csv) throws Exception {
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv));
    }

    private JsonNode json(String path) throws Exception {
        return JSON.readTree(body(path));
    }

    private static List<Long> ids(List<CSVRecord> records) {
        return records.stream().map(r -> Long.valueOf(r.get("activiteit_id"))).toList();
    }

    private static List<Long> ids(JsonNode records) {
        return StreamSupport.stream(records.spliterator(), false)
                .map(r -> r.get("activiteit_id").asLong())
                .toList();
    }

    private static <T> Collector<T, ?, T> onlyOne() {
        return Collectors.collectingAndThen(Collectors.toList(), list -> {
            assertThat(list).hasSize(1);
            return list.get(0);
        });
    }
}
