package nl.ivbplanner.planimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import nl.ivbplanner.planimport.SeedPlanDocuments.Activity;
import nl.ivbplanner.planimport.SeedPlanDocuments.Plan;
import nl.ivbplanner.planimport.SeedPlanDocuments.Section;
import nl.ivbplanner.planimport.SeedPlanDocuments.Theme;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every seeded plan written as a municipality's Word document (SeedPlanDocuments) and read back: every activity with
 * its texts, its partners' wordings and its theme heading, and every narrative chapter, verbatim.
 */
@IvbIntegrationTest
class PlanDocumentReaderTest {

    @Autowired
    JdbcClient jdbc;

    private final PlanDocumentReader reader = new PlanDocumentReader();

    /** An activity as the document should give it back. */
    record Expected(
            String theme,
            String subTheme,
            String title,
            String description,
            String goal,
            List<String> partners,
            String intendedResult,
            String planning,
            String status) {

        static Expected of(ImportedActivity read) {
            return new Expected(
                    read.theme(),
                    read.subTheme(),
                    read.title(),
                    read.description(),
                    read.goal(),
                    read.partners(),
                    read.intendedResult(),
                    read.planning(),
                    read.status());
        }
    }

    record Chapter(int level, String heading, String body) {}

    @Test
    void everySeededPlanAndFrameworkComesBackVerbatim() throws IOException {
        List<Plan> documents = new ArrayList<>();
        SeedPlanDocuments.planIds(jdbc).forEach(id -> documents.add(SeedPlanDocuments.write(jdbc, id)));
        SeedPlanDocuments.frameworkIds(jdbc).forEach(id -> documents.add(SeedPlanDocuments.writeFramework(jdbc, id)));
        assertThat(documents)
                .extracting(Plan::title)
                .contains(
                        "Uitvoeringsplan Integraal Veiligheidsbeleid 2025",
                        "Uitvoeringsplan Integraal Veiligheidsbeleid Wassenaar 2026",
                        "Uitvoeringsplan Veiligheid Rijswijk 2026",
                        "Westlands Veiligheidsbeleid 2019-2022");
        int activities = 0;
        for (Plan plan : documents) {
            ImportedPlan read = reader.read(new ByteArrayInputStream(plan.docx()));

            assertThat(read.problems()).as(plan.title()).isEmpty();
            assertThat(read.activities().stream().map(Expected::of).toList())
                    .as(plan.title())
                    .containsExactlyElementsOf(expectedActivities(plan));
            assertThat(read.sections().stream()
                            .map(s -> new Chapter(s.level(), s.heading(), s.body()))
                            .toList())
                    .as(plan.title())
                    .containsExactlyElementsOf(expectedChapters(plan));
            assertThat(read.activities()).allSatisfy(activity -> {
                assertThat(activity.place().part()).startsWith("Tabel ");
                assertThat(activity.place().row()).isGreaterThan(1);
                assertThat(activity.id()).isNull();
            });
            activities += plan.activities().size();
        }
        assertThat(activities).as("activities in all seeded plans").isGreaterThan(100);
    }

    @Test
    void theWassenaar2026ConceptKeepsItsThemesAndPartners() throws IOException {
        long planId = jdbc.sql("""
                        select p.id from execution_plan p join policy_framework f on f.id = p.framework_id
                        where f.slug = 'ivb-2024-2027' and p.year = 2026""").query(Long.class).single();
        ImportedPlan read = reader.read(
                new ByteArrayInputStream(SeedPlanDocuments.write(jdbc, planId).docx()));

        ImportedActivity safeSchool = read.activities().stream()
                .filter(a -> a.title().equals("Bestuurlijk Veilige School Overleg (BVSO)."))
                .findFirst()
                .orElseThrow();
        assertThat(safeSchool.theme()).isEqualTo("Zorg en veiligheid");
        assertThat(safeSchool.subTheme()).isEqualTo("Overlegstructuur jeugd");
        assertThat(safeSchool.intendedResult()).isEqualTo("Zie bovenstaande.");
        assertThat(read.sections())
                .extracting(ImportedSection::heading)
                .startsWith(null, "Inleiding", "Uitvoeringsplan 2026 (deel 2)");
    }

    private static List<Expected> expectedActivities(Plan plan) {
        return plan.activities().stream()
                .map(activity -> {
                    Theme theme = plan.theme(activity.themeId());
                    Theme main = theme.parentId() == null ? theme : plan.theme(theme.parentId());
                    return expected(activity, main.heading(), theme == main ? null : theme.heading());
                })
                .toList();
    }

    private static Expected expected(Activity activity, String theme, String subTheme) {
        return new Expected(
                theme,
                subTheme,
                activity.title(),
                activity.description(),
                activity.goal(),
                activity.partners(),
                activity.intendedResult(),
                activity.planning(),
                activity.status());
    }

    /**
     * The plan's chapters in the order the document has them (the chapters without theme, then per main theme those of
     * it and its sub themes). A chapter without heading that is not the first text of the document has nothing in Word
     * to set it apart from the chapter before it: its text arrives as that chapter's next paragraphs.
     */
    private static List<Chapter> expectedChapters(Plan plan) {
        List<Section> written = new ArrayList<>(
                plan.sections().stream().filter(s -> s.themeIdOrZero() == 0).toList());
        for (Theme main : plan.themes().values()) {
            if (main.parentId() == null) {
                plan.sections().stream()
                        .filter(s -> s.themeIdOrZero() != 0)
                        .filter(s -> {
                            Theme theme = plan.theme(s.themeIdOrZero());
                            return theme.id() == main.id()
                                    || Long.valueOf(main.id()).equals(theme.parentId());
                        })
                        .forEach(written::add);
            }
        }
        List<Chapter> chapters = new ArrayList<>();
        for (Section section : written) {
            if (section.heading() == null && !chapters.isEmpty()) {
                Chapter before = chapters.remove(chapters.size() - 1);
                String body = before.body().isEmpty() ? section.body() : before.body() + "\n\n" + section.body();
                chapters.add(new Chapter(before.level(), before.heading(), body));
            } else {
                chapters.add(new Chapter(section.level(), section.heading(), section.body()));
            }
        }
        return chapters;
    }
}
