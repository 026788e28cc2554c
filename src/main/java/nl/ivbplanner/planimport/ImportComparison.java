package nl.ivbplanner.planimport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.ivbplanner.activity.ActivityText;
import nl.ivbplanner.activity.PartnerRole;
import nl.ivbplanner.partner.ActivityOrganisation;
import nl.ivbplanner.planimport.ImportPreview.FieldChange;
import nl.ivbplanner.planimport.ImportPreview.Link;
import nl.ivbplanner.planimport.ImportPreview.Missing;
import nl.ivbplanner.planimport.ImportPreview.Row;
import nl.ivbplanner.planimport.ImportPreview.SectionChange;

/**
 * Compares what a file holds with the concept plan: finds each row's theme and objective ({@link FileThemes}) and
 * organisations by their names, matches rows to the plan's activities by their Kenmerk, and says what applying it would do. Reads nothing
 * itself; {@code labels} gives a message key's text in the user's language, for the columns problems point at.
 */
final class ImportComparison {

    /** 'Politie (trekker, regie)': an organisation with its roles. */
    private static final Pattern ROLES_IN_BRACKETS = Pattern.compile("^(.+?)\\s*\\(([^()]*)\\)$");

    private final PlanContent plan;
    private final Function<String, String> labels;

    private final PartnerNames partnerNames;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final Set<String> newOrganisations = new LinkedHashSet<>();

    private final FileThemes themes;

    /**
     * @param themesFromHeadings whether the file's themes may be new to the framework (a Word plan's headings) or
     *     must be the framework's (a workbook's Thema column)
     */
    ImportComparison(PlanContent plan, Function<String, String> labels, boolean themesFromHeadings) {
        this.plan = plan;
        this.labels = labels;
        this.themes = new FileThemes(plan, labels, problems, themesFromHeadings);
        this.partnerNames = new PartnerNames(plan.partnerNames());
    }

    ImportPreview compare(ImportedPlan file) {
        problems.addAll(file.problems().stream()
                .filter(p -> !p.messageKey().startsWith("import.note."))
                .toList());
        List<ImportProblem> notes = file.problems().stream()
                .filter(p -> p.messageKey().startsWith("import.note."))
                .toList();
        Map<Long, PlanContent.Activity> stored = new HashMap<>();
        plan.activities().forEach(a -> stored.put(a.id(), a));
        Map<Long, List<ActivityOrganisation>> organisations = ActivityOrganisation.perActivity(plan.partnerMentions());

        List<Row> added = new ArrayList<>();
        List<Row> changed = new ArrayList<>();
        Set<Long> seen = new LinkedHashSet<>();
        int unchanged = 0;
        for (ImportedActivity row : file.activities()) {
            PlanContent.Activity before = row.id() == null ? null : stored.get(row.id());
            if (row.id() != null && before == null) {
                problems.add(ImportProblem.at(
                        row.place().column(labels.apply("export.activity.id")), "import.problem.id.unknown", row.id()));
                continue;
            }
            Optional<Long> themeId = themes.theme(row);
            Long objectiveId = themeId.map(id -> themes.objective(row, id)).orElse(null);
            List<ParsedPartner> partners =
                    row.partners().stream().map(this::parsed).toList();
            if (themeId.isEmpty() || row.title() == null) {
                continue;
            }
            ActivityText text =
                    new ActivityText(row.title(), row.description(), row.goal(), row.intendedResult(), row.planning());
            if (before == null) {
                added.add(new Row(
                        row.place(),
                        null,
                        themeId.get(),
                        themes.themeName(themeId.get()),
                        objectiveId,
                        text,
                        links(partners),
                        true,
                        List.of()));
                continue;
            }
            seen.add(before.id());
            List<ParsedPartner> storedPartners = organisations.getOrDefault(before.id(), List.of()).stream()
                    .map(o -> new ParsedPartner(o.name(), roles(o.markedRoles())))
                    .toList();
            boolean partnersChanged = !sameOrganisations(storedPartners, partners);
            List<FieldChange> changes = changes(before, themeId.get(), objectiveId, text, storedPartners, partners);
            if (changes.isEmpty()) {
                unchanged++;
            } else {
                changed.add(new Row(
                        row.place(),
                        before.id(),
                        themeId.get(),
                        themes.themeName(themeId.get()),
                        objectiveId,
                        text,
                        links(partners),
                        partnersChanged,
                        changes));
            }
        }
        List<SectionChange> sectionsAdded = new ArrayList<>();
        List<SectionChange> sectionsChanged = new ArrayList<>();
        compareSections(file.sections(), sectionsAdded, sectionsChanged);
        List<Missing> missing = plan.activities().stream()
                .filter(a -> !seen.contains(a.id()))
                .map(a -> new Missing(a.id(), a.title()))
                .toList();
        return new ImportPreview(
                added,
                changed,
                unchanged,
                missing,
                List.copyOf(newOrganisations),
                themes.newThemes(),
                sectionsAdded,
                sectionsChanged,
                List.of(),
                List.copyOf(problems),
                notes,
                Fingerprint.of(List.of(added, changed, missing, sectionsAdded, sectionsChanged)));
    }

    /**
     * A chapter whose heading the plan already has changes that section's text when it differs; any other chapter is
     * added. A section the document does not have stays: a plan's sections are not listed for removal.
     */
    private void compareSections(
            List<ImportedSection> chapters, List<SectionChange> sectionsAdded, List<SectionChange> sectionsChanged) {
        Map<String, PlanContent.Section> byHeading = new HashMap<>();
        plan.sections().stream()
                .filter(s -> s.heading() != null)
                .forEach(s -> byHeading.putIfAbsent(Folded.of(s.heading()), s));
        for (ImportedSection chapter : chapters) {
            String body = chapter.body() == null ? "" : chapter.body();
            PlanContent.Section same = chapter.heading() == null ? null : byHeading.get(Folded.of(chapter.heading()));
            if (same == null) {
                Long themeId = themes.chapterTheme(chapter);
                sectionsAdded.add(new SectionChange(null, themeId, chapter.level(), chapter.heading(), body, null));
            } else if (!same.body().strip().equals(body.strip())) {
                sectionsChanged.add(
                        new SectionChange(same.id(), null, chapter.level(), chapter.heading(), body, same.body()));
            }
        }
    }

    /** An organisation as a cell names it: 'Politie (trekker, regie)' is Politie as trekker and regie. */
    private ParsedPartner parsed(String entry) {
        Matcher bracket = ROLES_IN_BRACKETS.matcher(entry.strip());
        if (bracket.matches()) {
            List<Optional<PartnerRole>> roles = List.of(bracket.group(2).split(",")).stream()
                    .map(label -> PartnerRoles.of(label, labels))
                    .toList();
            if (roles.stream().allMatch(Optional::isPresent)) {
                return new ParsedPartner(
                        bracket.group(1).strip(),
                        roles.stream().map(Optional::get).collect(Collectors.toCollection(LinkedHashSet::new)));
            }
        }
        return new ParsedPartner(entry.strip(), Set.of());
    }

    private static Set<PartnerRole> roles(List<String> names) {
        return names.stream().map(PartnerRole::valueOf).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static boolean sameOrganisations(List<ParsedPartner> before, List<ParsedPartner> after) {
        return before.stream()
                .map(ParsedPartner::key)
                .toList()
                .equals(after.stream().map(ParsedPartner::key).toList());
    }

    /** One link per marked role, or one as betrokken when the cell marks none. */
    private List<Link> links(List<ParsedPartner> partners) {
        List<Link> links = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        Set<Long> named = new LinkedHashSet<>();
        for (ParsedPartner partner : partners) {
            Optional<PlanContent.PartnerName> known = partnerNames.find(partner.name(), named::contains);
            if (known.isEmpty()) {
                newOrganisations.add(partner.name());
            }
            known.ifPresent(k -> named.add(k.partnerId()));
            Set<PartnerRole> roles = partner.roles().isEmpty() ? Set.of(PartnerRole.BETROKKEN) : partner.roles();
            for (PartnerRole role : roles) {
                // an organisation takes a role once, however many times the file names it
                String organisation = known.map(k -> "#" + k.partnerId()).orElse(Folded.of(partner.name()));
                if (done.add(organisation + "|" + role)) {
                    links.add(new Link(
                            known.map(PlanContent.PartnerName::partnerId).orElse(null),
                            known.map(PlanContent.PartnerName::name).orElse(partner.name()),
                            role,
                            known.map(k -> k.name().equals(partner.name()) ? null : partner.name())
                                    .orElse(null)));
                }
            }
        }
        return links;
    }

    private List<FieldChange> changes(
            PlanContent.Activity before,
            long themeId,
            Long objectiveId,
            ActivityText text,
            List<ParsedPartner> storedPartners,
            List<ParsedPartner> partners) {
        List<FieldChange> changes = new ArrayList<>();
        if (before.themeId() != themeId) {
            changes.add(new FieldChange(
                    "export.activity.theme", themes.themeName(before.themeId()), themes.themeName(themeId)));
        }
        if (!Objects.equals(before.objectiveId(), objectiveId)) {
            changes.add(new FieldChange(
                    "export.activity.objective",
                    themes.objectiveName(before.objectiveId()),
                    themes.objectiveName(objectiveId)));
        }
        field(changes, "export.activity.title", before.title(), text.title());
        field(changes, "export.activity.description", before.description(), text.description());
        field(changes, "export.activity.goal", before.goal(), text.goal());
        field(changes, "export.activity.intended-result", before.intendedResult(), text.intendedResult());
        field(changes, "export.activity.planning", before.planning(), text.planning());
        if (!sameOrganisations(storedPartners, partners)) {
            changes.add(new FieldChange("export.activity.partners", shown(storedPartners), shown(partners)));
        }
        return changes;
    }

    private static void field(List<FieldChange> changes, String labelKey, String before, String after) {
        if (!Objects.equals(blankToNull(before), blankToNull(after))) {
            changes.add(new FieldChange(labelKey, before, after));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private String shown(List<ParsedPartner> partners) {
        return partners.stream()
                .map(p -> p.roles().isEmpty()
                        ? p.name()
                        : p.name() + " ("
                                + p.roles().stream()
                                        .map(role -> labels.apply("partner.role." + role))
                                        .collect(Collectors.joining(", "))
                                + ")")
                .collect(Collectors.joining("; "));
    }

    /** An organisation as a file names it, with the roles it marks (none: taking part). */
    private record ParsedPartner(String name, Set<PartnerRole> roles) {

        String key() {
            return Folded.of(name) + roles;
        }
    }
}
