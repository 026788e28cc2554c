package nl.ivbplanner.planimport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ivbplanner.activity.Activity;
import nl.ivbplanner.activity.ImportedActivities;
import nl.ivbplanner.common.EditConflictException;
import nl.ivbplanner.framework.ImportedThemes;
import nl.ivbplanner.narrative.ImportedSections;
import nl.ivbplanner.partner.Partner;
import nl.ivbplanner.partner.PartnerKeys;
import nl.ivbplanner.partner.PartnerRepository;
import nl.ivbplanner.plan.EditablePlans;
import nl.ivbplanner.plan.ExecutionPlan;
import nl.ivbplanner.plan.PlanAddress;
import nl.ivbplanner.plan.PlanHeader;
import nl.ivbplanner.plan.PlanHeaderQueries;
import nl.ivbplanner.planimport.ImportPreview.Link;
import nl.ivbplanner.planimport.ImportPreview.Row;
import nl.ivbplanner.web.NotFoundException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamSource;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Importing a workbook or document into a concept plan: the upload is checked and kept, the preview compares it with
 * the plan, and the confirmation applies exactly what the preview showed, all or nothing, for whoever edits the
 * municipality's plans. Access is checked on every step.
 */
@Service
class PlanImportService {

    private static final Logger log = LoggerFactory.getLogger(PlanImportService.class);

    private final PlanHeaderQueries headers;
    private final EditablePlans plans;
    private final PlanImportQueries queries;
    private final PlanImports imports;
    private final ObjectProvider<PlanFileReader> readers;
    private final ObjectProvider<SheetImport> sheetImports;
    private final ImportedActivities activities;
    private final ImportedSections sections;
    private final ImportedThemes themes;
    private final PartnerRepository partners;
    private final PartnerKeys keys;
    private final MessageSource messages;

    PlanImportService(
            PlanHeaderQueries headers,
            EditablePlans plans,
            PlanImportQueries queries,
            PlanImports imports,
            ObjectProvider<PlanFileReader> readers,
            ObjectProvider<SheetImport> sheetImports,
            ImportedActivities activities,
            ImportedSections sections,
            ImportedThemes themes,
            PartnerRepository partners,
            PartnerKeys keys,
            MessageSource messages) {
        this.headers = headers;
        this.plans = plans;
        this.queries = queries;
        this.imports = imports;
        this.readers = readers;
        this.sheetImports = sheetImports;
        this.activities = activities;
        this.sections = sections;
        this.themes = themes;
        this.partners = partners;
        this.keys = keys;
        this.messages = messages;
    }

    /** The plan's title and its import history, for the upload page. */
    @Transactional(readOnly = true)
    UploadPage uploadPage(PlanAddress address) {
        PlanHeader header = headers.writable(address);
        plans.require(address);
        return new UploadPage(header.title(), imports.history(header.planId()));
    }

    /** Checks and keeps the file; returns the id of its preview. Refusals are on the form's file field. */
    @Transactional
    long upload(PlanAddress address, String fileName, long size, InputStreamSource content) {
        PlanHeader header = headers.writable(address);
        plans.require(address);
        ImportFile file = ImportFile.check(fileName, size, content);
        return imports.keep(header.planId(), file, user());
    }

    @Transactional(readOnly = true)
    PreviewPage preview(PlanAddress address, long importId, Locale locale) {
        PlanHeader header = headers.writable(address);
        plans.require(address);
        PlanImports.Open upload = open(header, importId);
        return new PreviewPage(header.title(), upload.fileName(), upload.fileKind(), compare(header, upload, locale));
    }

    /**
     * Applies the upload as its preview showed it (the fingerprint), removing the plan's activities and other rows
     * the user ticked among those the file no longer has. A plan changed since then gives an
     * {@link EditConflictException}: the preview is shown again, nothing is written.
     */
    @Transactional
    Applied apply(PlanAddress address, long importId, String fingerprint, Ticked ticked, Locale locale) {
        Set<Long> remove = ticked.activities();
        PlanHeader header = headers.writable(address);
        ExecutionPlan plan = plans.require(address);
        PlanImports.Open upload = open(header, importId);
        ImportPreview preview = compare(header, upload, locale);
        if (!preview.applicable() || !preview.fingerprint().equals(fingerprint)) {
            throw new EditConflictException(preview);
        }
        if (!preview.newThemes().isEmpty()) {
            // the rows refer to the new themes by stand-ins: add them, then compare again to have their ids
            themes.add(
                    header.frameworkId(),
                    preview.newThemes().stream()
                            .map(t -> new ImportedThemes.NewTheme(
                                    t.code(), t.name(), t.parentId(), t.parentId() == null ? t.parentName() : null))
                            .toList());
            preview = compare(header, upload, locale);
        }
        Set<Long> missing = ids(preview.missing());
        if (!missing.containsAll(remove)
                || !preview.sheets().stream()
                        .allMatch(sheet -> ids(sheet.missing()).containsAll(ticked.of(sheet)))) {
            throw new NotFoundException();
        }
        Map<String, Long> added = addOrganisations(header, preview.newOrganisations());
        Map<Long, Activity> stored = activities.of(plan);
        for (Row row : preview.added()) {
            activities.add(plan, row.themeId(), row.objectiveId(), row.text(), links(row, added));
        }
        for (Row row : preview.changed()) {
            Activity activity = stored.get(row.id());
            activities.revise(activity, row.themeId(), row.objectiveId(), row.text());
            if (row.partnersChanged()) {
                activities.replacePartners(activity, links(row, added));
            }
        }
        activities.remove(stored, remove);
        sections.add(
                plan.getId(),
                plan.getTitle(),
                plan.getFrameworkId(),
                preview.sectionsAdded().stream().map(PlanImportService::chapter).toList());
        preview.sectionsChanged().forEach(change -> sections.revise(plan.getId(), change.id(), chapter(change)));
        preview.sheets().forEach(sheet -> sheet.writer().write(plan, ticked.of(sheet)));
        Applied applied = new Applied(
                preview.added().size()
                        + preview.sectionsAdded().size()
                        + preview.sheets().stream()
                                .mapToInt(s -> s.added().size())
                                .sum(),
                preview.changed().size()
                        + preview.sectionsChanged().size()
                        + preview.sheets().stream()
                                .mapToInt(s -> s.changed().size())
                                .sum(),
                remove.size()
                        + preview.sheets().stream()
                                .mapToInt(s -> ticked.of(s).size())
                                .sum());
        imports.applied(importId, user(), applied.added(), applied.changed(), applied.removed());
        return applied;
    }

    private PlanImports.Open open(PlanHeader header, long importId) {
        return imports.open(importId, header.planId(), user()).orElseThrow(NotFoundException::new);
    }

    private ImportPreview compare(PlanHeader header, PlanImports.Open upload, Locale locale) {
        PlanContent content = queries.content(header.planId(), header.frameworkId(), header.municipalityId());
        Function<String, String> labels = key -> messages.getMessage(key, null, key, locale);
        ImportPreview activities = new ImportComparison(content, labels, upload.fileKind() == ImportFile.Kind.DOCUMENT)
                .compare(read(upload));
        return withOtherSheets(activities, header, upload, labels);
    }

    /**
     * What a workbook's KPI, budget and formation sheets would change; a document has none. A sheet import that fails
     * on a file is a bug of ours: it is logged, and the file gets a problem instead of a preview without that sheet.
     */
    private ImportPreview withOtherSheets(
            ImportPreview activities, PlanHeader header, PlanImports.Open upload, Function<String, String> labels) {
        if (upload.fileKind() != ImportFile.Kind.WORKBOOK) {
            return activities;
        }
        XSSFWorkbook workbook;
        try {
            workbook = new XSSFWorkbook(new ByteArrayInputStream(upload.content()));
        } catch (IOException | RuntimeException e) {
            // the activity reader has reported the file as unreadable already
            return activities;
        }
        try (workbook) {
            return activities.with(sheetImports
                    .orderedStream()
                    .map(sheet -> sheet.compare(workbook, header, labels))
                    .toList());
        } catch (IOException | RuntimeException e) {
            log.error("A sheet import failed on upload {} ({})", upload.id(), upload.fileName(), e);
            return activities.withProblem(
                    ImportProblem.at(SourcePlace.of(upload.fileName()), "import.file.unreadable"));
        }
    }

    private static Set<Long> ids(List<ImportPreview.Missing> missing) {
        return missing.stream().map(ImportPreview.Missing::id).collect(Collectors.toSet());
    }

    /** A file the checks let through that the reader still cannot make sense of is one problem, not an error page. */
    private ImportedPlan read(PlanImports.Open upload) {
        PlanFileReader reader = readers.orderedStream()
                .filter(r -> r.kind() == upload.fileKind())
                .findFirst()
                .orElseThrow();
        try {
            return reader.read(new ByteArrayInputStream(upload.content()));
        } catch (IOException | RuntimeException e) {
            return new ImportedPlan(
                    List.of(),
                    List.of(),
                    List.of(ImportProblem.at(SourcePlace.of(upload.fileName()), "import.file.unreadable")));
        }
    }

    private Map<String, Long> addOrganisations(PlanHeader header, List<String> names) {
        Map<String, Long> ids = new HashMap<>();
        for (String name : names) {
            Partner partner = partners.save(
                    new Partner(keys.newKey(header.municipalitySlug(), name), name, header.municipalityId()));
            ids.put(name, partner.getId());
        }
        return ids;
    }

    private static ImportedSections.Chapter chapter(ImportPreview.SectionChange change) {
        return new ImportedSections.Chapter(change.themeId(), change.level(), change.heading(), change.body());
    }

    private static List<ImportedActivities.Link> links(Row row, Map<String, Long> added) {
        return row.partners().stream()
                .map((Link link) -> new ImportedActivities.Link(
                        link.partnerId() != null ? link.partnerId() : added.get(link.name()),
                        link.role(),
                        link.wording()))
                .toList();
    }

    private static String user() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }

    record UploadPage(String planTitle, List<PlanImports.Applied> history) {}

    record PreviewPage(String planTitle, String fileName, ImportFile.Kind kind, ImportPreview preview) {}

    record Applied(int added, int changed, int removed) {}

    /** The rows the user ticked for removal: activities, and per other sheet (by its code) that sheet's rows. */
    record Ticked(Set<Long> activities, Map<String, Set<Long>> sheetRows) {

        Set<Long> of(SheetChanges sheet) {
            return sheetRows.getOrDefault(sheet.code(), Set.of());
        }
    }
}
