package nl.ivbplanner.planimport;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import nl.ivbplanner.planimport.ImportPreview.NewTheme;

/**
 * The themes and objectives a file's rows and chapters name, found among the framework's by their names (folded, with
 * or without code or chapter number). A workbook's Thema column must name one of them, else it is a problem at its
 * cell; a Word plan's headings may name themes the framework lacks, which the import then adds ({@link NewThemes}).
 */
final class FileThemes {

    private final PlanContent plan;
    private final Function<String, String> labels;
    private final List<ImportProblem> problems;

    /** Null for a workbook, whose Thema column must name the framework's themes. */
    private final NewThemes newThemes;

    /** Problems found are added to {@code problems}, the comparison's. */
    FileThemes(
            PlanContent plan,
            Function<String, String> labels,
            List<ImportProblem> problems,
            boolean themesFromHeadings) {
        this.plan = plan;
        this.labels = labels;
        this.problems = problems;
        this.newThemes = themesFromHeadings ? new NewThemes() : null;
    }

    List<NewTheme> newThemes() {
        return newThemes == null ? List.of() : newThemes.list();
    }

    /**
     * The theme a row names: a sub-theme under its main theme when both are given, else whichever theme (main first)
     * the text names. A name that is not one of the framework's themes is a problem at its column.
     */
    Optional<Long> theme(ImportedActivity row) {
        List<PlanContent.Theme> mains =
                plan.themes().stream().filter(t -> t.parentId() == null).toList();
        Optional<PlanContent.Theme> main = row.theme() == null ? Optional.empty() : named(mains, row.theme());
        if (row.subTheme() != null) {
            List<PlanContent.Theme> subs = plan.themes().stream()
                    .filter(t -> t.parentId() != null
                            && (main.isEmpty() || t.parentId().equals(main.get().id())))
                    .toList();
            Optional<PlanContent.Theme> sub = named(subs, row.subTheme());
            if (sub.isEmpty() && newThemes != null) {
                return newSubTheme(row, main);
            }
            if (sub.isEmpty()) {
                problems.add(ImportProblem.at(
                        row.place().column(labels.apply("export.activity.sub-theme")),
                        "import.problem.theme.unknown",
                        row.subTheme()));
            }
            return sub.map(PlanContent.Theme::id);
        }
        if (row.theme() == null) {
            problems.add(ImportProblem.at(
                    row.place().column(labels.apply("export.activity.theme")), "import.problem.theme.missing"));
            return Optional.empty();
        }
        Optional<PlanContent.Theme> any = main.or(() -> named(plan.themes(), row.theme()));
        if (any.isEmpty() && newThemes != null) {
            return newTheme(row, row.theme(), null, null);
        }
        if (any.isEmpty()) {
            problems.add(ImportProblem.at(
                    row.place().column(labels.apply("export.activity.theme")),
                    "import.problem.theme.unknown",
                    row.theme()));
        }
        return any.map(PlanContent.Theme::id);
    }

    /** A sub-theme new to the framework, under its main theme: the framework's, or one new as well. */
    private Optional<Long> newSubTheme(ImportedActivity row, Optional<PlanContent.Theme> main) {
        if (main.isPresent()) {
            return newTheme(row, row.subTheme(), main.get().id(), main.get().shown());
        }
        if (row.theme() == null) {
            return newTheme(row, row.subTheme(), null, null);
        }
        return newTheme(row, row.theme(), null, null)
                .flatMap(parent -> newTheme(row, row.subTheme(), null, NewThemes.nameOf(row.theme())));
    }

    /** A theme new to the framework; a name longer than a theme can hold is a problem at the row. */
    private Optional<Long> newTheme(ImportedActivity row, String heading, Long parentId, String parentName) {
        if (NewThemes.nameOf(heading).length() > PlanDocumentReader.MAX_HEADING) {
            problems.add(
                    ImportProblem.at(row.place(), PlanDocumentReader.HEADING_TOO_LONG, PlanDocumentReader.MAX_HEADING));
            return Optional.empty();
        }
        return Optional.of(newThemes.add(heading, parentId, parentName));
    }

    /** The theme the chapter's heading names ('3. Ondermijning' too), else the one a heading above it names. */
    Long chapterTheme(ImportedSection chapter) {
        return chapter.headingsNearestFirst().stream()
                .flatMap(heading ->
                        named(plan.themes(), heading)
                                .or(() -> named(plan.themes(), NewThemes.nameOf(heading)))
                                .stream())
                .map(PlanContent.Theme::id)
                .findFirst()
                .orElse(null);
    }

    private static Optional<PlanContent.Theme> named(List<PlanContent.Theme> themes, String text) {
        String wanted = Folded.of(text);
        return themes.stream()
                .filter(t -> Folded.of(t.shown()).equals(wanted)
                        || Folded.of(t.name()).equals(wanted)
                        || Folded.of((t.code() == null ? "" : t.code()) + " " + t.name())
                                .equals(wanted))
                .findFirst();
    }

    /** The objective a row names, among those of its theme; none named is fine, an unknown one a problem. */
    Long objective(ImportedActivity row, long themeId) {
        if (row.objective() == null) {
            return null;
        }
        String wanted = Folded.of(row.objective());
        Optional<PlanContent.Objective> found = plan.objectives().stream()
                .filter(o -> o.themeId() == themeId)
                .filter(o -> Folded.of(o.shown()).equals(wanted)
                        || Folded.of(o.text()).equals(wanted)
                        || (o.number() != null && Folded.of(o.number()).equals(wanted)))
                .findFirst();
        if (found.isEmpty()) {
            problems.add(ImportProblem.at(
                    row.place().column(labels.apply("export.activity.objective")),
                    "import.problem.objective.unknown",
                    row.objective()));
            return null;
        }
        return found.get().id();
    }

    String themeName(long id) {
        if (id < 0) {
            return newThemes.name(id);
        }
        return plan.themes().stream()
                .filter(t -> t.id() == id)
                .map(PlanContent.Theme::shown)
                .findFirst()
                .orElse(null);
    }

    String objectiveName(Long id) {
        return plan.objectives().stream()
                .filter(o -> Objects.equals(o.id(), id))
                .map(PlanContent.Objective::shown)
                .findFirst()
                .orElse(null);
    }
}
