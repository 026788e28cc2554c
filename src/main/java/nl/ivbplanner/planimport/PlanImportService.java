package nl.ivbplanner.planimport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.ivbplanner.activity.Activity;
import nl.ivbplanner.activity.ImportedActivities;
import nl.ivbplanner.common.EditConflictException;
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

    private final PlanHeaderQueries headers;
    private final EditablePlans plans;
    private final PlanImportQueries queries;
    private final PlanImports imports;
    private final ObjectProvider<PlanFileReader> readers;
    private final ImportedActivities activities;
    private final ImportedSections sections;
    private final PartnerRepository partners;
    private final PartnerKeys keys;
    private final MessageSource messages;

    PlanImportService(
            PlanHeaderQueries headers,
            EditablePlans plans,
            PlanImportQueries queries,
            PlanImports imports,
            ObjectProvider<PlanFileReader> readers,
            ImportedActivities activities,
            ImportedSections sections,
            PartnerRepository partners,
            PartnerKeys keys,
            MessageSource messages) {
        this.headers = headers;
        this.plans = plans;
        this.queries = queries;
        this.imports = imports;
        this.readers = readers;
        this.activities = activities;
        this.sections = sections;
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
     * Applies the upload as its preview showed it (the fingerprint), removing the plan's activities the user ticked
     * among those the file no longer has. A plan changed since then gives an {@link EditConflictException}: the
     * preview is shown again, nothing is written.
     */
    @Transactional
    Applied apply(PlanAddress address, long importId, String fingerprint, Set<Long> remove, Locale locale) {
        PlanHeader header = headers.writable(address);
        ExecutionPlan plan = plans.require(address);
        PlanImports.Open upload = open(header, importId);
        ImportPreview preview = compare(header, upload, locale);
        if (!preview.applicable() || !preview.fingerprint().equals(fingerprint)) {
            throw new EditConflictException(preview);
        }
        Set<Long> missing =
                preview.missing().stream().map(ImportPreview.Missing::id).collect(java.util.stream.Collectors.toSet());
        if (!missing.containsAll(remove)) {
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
        Applied applied = new Applied(
                preview.added().size() + preview.sectionsAdded().size(),
                preview.changed().size() + preview.sectionsChanged().size(),
                remove.size());
        imports.applied(importId, user(), applied.added(), applied.changed(), applied.removed());
        return applied;
    }

    private PlanImports.Open open(PlanHeader header, long importId) {
        return imports.open(importId, header.planId(), user()).orElseThrow(NotFoundException::new);
    }

    private ImportPreview compare(PlanHeader header, PlanImports.Open upload, Locale locale) {
        PlanContent content = queries.content(header.planId(), header.frameworkId(), header.municipalityId());
        return new ImportComparison(content, key -> messages.getMessage(key, null, key, locale)).compare(read(upload));
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
        return new ImportedSections.Chapter(change.level(), change.heading(), change.body());
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
}
