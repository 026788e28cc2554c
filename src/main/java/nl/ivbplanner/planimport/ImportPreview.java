package nl.ivbplanner.planimport;

import java.util.ArrayList;
import java.util.List;
import nl.ivbplanner.activity.ActivityText;
import nl.ivbplanner.activity.PartnerRole;

/**
 * What applying a file would do to the plan, before anything is written: new and changed activities (with each
 * changed field, old and new), how many stay as they are, the plan's activities the file no longer has (removed only
 * when the user ticks them), organisations and themes that would be added, new and changed chapters (a document's; the plan's
 * other sections stay), what the workbook's other sheets would change, and every problem. A file with problems cannot be
 * applied; notes ('the sheet KPI's is not read') do not block. The fingerprint identifies exactly these changes: the
 * confirmation carries it, so that a plan changed since the preview is shown again instead of changed unseen.
 */
record ImportPreview(
        List<Row> added,
        List<Row> changed,
        int unchanged,
        List<Missing> missing,
        List<String> newOrganisations,
        List<NewTheme> newThemes,
        List<SectionChange> sectionsAdded,
        List<SectionChange> sectionsChanged,
        List<SheetChanges> sheets,
        List<ImportProblem> problems,
        List<ImportProblem> notes,
        String fingerprint) {

    /** An activity as it will be stored, with its theme as the plan shows it. {@code id} is null for a new one. */
    record Row(
            SourcePlace place,
            Long id,
            long themeId,
            String themeName,
            Long objectiveId,
            ActivityText text,
            List<Link> partners,
            boolean partnersChanged,
            List<FieldChange> changes) {}

    /** One organisation in one role; {@code partnerId} null for an organisation the import adds by {@code name}. */
    record Link(Long partnerId, String name, PartnerRole role, String wording) {}

    /** A changed field: its label's message key and the texts before and after. */
    record FieldChange(String labelKey, String before, String after) {}

    record Missing(long id, String title) {}

    /**
     * A theme a Word plan's heading names that the framework lacks, added by the import: a main theme, or a sub-theme
     * of the main theme {@code parentName} (the framework's theme {@code parentId}, or a new one when that is null).
     */
    record NewTheme(String code, String name, Long parentId, String parentName) {}

    /**
     * A chapter of the document: new ({@code id} null; about the theme {@code themeId}, if any) or the plan's section
     * of that heading with another text (which keeps its theme).
     */
    record SectionChange(Long id, Long themeId, int level, String heading, String body, String before) {}

    public boolean applicable() {
        return problems.isEmpty();
    }

    public boolean nothingChanged() {
        return added.isEmpty()
                && changed.isEmpty()
                && missing.isEmpty()
                && sectionsAdded.isEmpty()
                && sectionsChanged.isEmpty()
                && sheets.stream().allMatch(SheetChanges::nothingChanged);
    }

    /** This preview with one more problem, which keeps it from being applied. */
    ImportPreview withProblem(ImportProblem problem) {
        List<ImportProblem> all = new ArrayList<>(problems);
        all.add(problem);
        return copy(sheets, all, fingerprint);
    }

    /** This preview with what the workbook's other sheets would change: their problems and their part of the fingerprint. */
    ImportPreview with(List<SheetChanges> others) {
        if (others.isEmpty()) {
            return this;
        }
        List<ImportProblem> all = new ArrayList<>(problems);
        others.forEach(sheet -> all.addAll(sheet.problems()));
        List<Object> shown = new ArrayList<>(List.of(fingerprint));
        others.forEach(sheet -> shown.add(sheet.shown()));
        return copy(List.copyOf(others), all, Fingerprint.of(shown));
    }

    private ImportPreview copy(List<SheetChanges> otherSheets, List<ImportProblem> allProblems, String digest) {
        return new ImportPreview(
                added,
                changed,
                unchanged,
                missing,
                newOrganisations,
                newThemes,
                sectionsAdded,
                sectionsChanged,
                otherSheets,
                List.copyOf(allProblems),
                notes,
                digest);
    }
}
