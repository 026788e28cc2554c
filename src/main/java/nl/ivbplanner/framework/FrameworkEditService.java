package nl.ivbplanner.framework;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.ivbplanner.audit.AdminAction;
import nl.ivbplanner.audit.AdminLog;
import nl.ivbplanner.common.FieldProblem;
import nl.ivbplanner.common.InvalidFormException;
import nl.ivbplanner.common.UniqueIndex;
import nl.ivbplanner.municipality.Municipality;
import nl.ivbplanner.security.Permission;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A municipality's next policy period without SQL: those who write its plans create a concept framework (optionally
 * with the themes of an earlier one) and edit it; those who adopt its plans record the council's adoption, after
 * which the framework's own texts are read-only, as an adopted plan is.
 */
@Service
class FrameworkEditService {

    /** Room below the database's 80 characters for a number ('-2') when the title's address is taken. */
    private static final int SLUG_LENGTH = 70;

    private static final UniqueIndex SLUG = new UniqueIndex(
            "policy_framework_municipality_id_slug_key", new FieldProblem("titel", "framework.admin.title.taken"));

    private final EditableFrameworks editable;
    private final PolicyFrameworkRepository frameworks;
    private final ThemeRepository themes;
    private final AdminLog log;

    FrameworkEditService(
            EditableFrameworks editable, PolicyFrameworkRepository frameworks, ThemeRepository themes, AdminLog log) {
        this.editable = editable;
        this.frameworks = frameworks;
        this.themes = themes;
        this.log = log;
    }

    /** The municipality's name and its frameworks, whose themes a new one may start from. */
    @Transactional(readOnly = true)
    NewFrameworkPage newPage(String municipalitySlug) {
        Municipality municipality = municipality(municipalitySlug, Permission.EDIT_PLANS);
        return new NewFrameworkPage(
                municipality.getName(), frameworks.findSummariesByMunicipalityId(municipality.getId()));
    }

    /** Creates the concept and, when asked, copies the earlier framework's themes into it; returns its slug. */
    @Transactional
    String create(String municipalitySlug, FrameworkForm form) {
        Municipality municipality = municipality(municipalitySlug, Permission.EDIT_PLANS);
        PolicyFramework source = null;
        if (form.themesFrom() != null) {
            source = frameworks
                    .findByMunicipalityIdAndSlug(municipality.getId(), form.themesFrom())
                    .orElseThrow(() -> new InvalidFormException("themasvan", "framework.admin.themes-from.unknown"));
        }
        FrameworkText text = form.text();
        String slug = freeSlug(municipality.getId(), text.title());
        PolicyFramework created =
                SLUG.guard(() -> frameworks.saveAndFlush(new PolicyFramework(municipality.getId(), slug, text)));
        if (source != null) {
            copyThemes(source, created);
        }
        log.record(
                AdminAction.FRAMEWORK_CREATED,
                municipality.getId(),
                created.getTitle(),
                source == null ? null : "thema's van " + source.getTitle());
        return slug;
    }

    @Transactional(readOnly = true)
    EditPage editPage(FrameworkAddress address) {
        PolicyFramework framework = concept(address, Permission.EDIT_PLANS);
        return new EditPage(framework.getTitle(), FrameworkForm.of(framework));
    }

    /** Saves the concept's title, kind, period and texts, unless a colleague saved it since the form was opened. */
    @Transactional
    void revise(FrameworkAddress address, FrameworkForm form) {
        PolicyFramework framework = concept(address, Permission.EDIT_PLANS);
        framework.requireVersion(form.version(), () -> FrameworkForm.of(framework));
        framework.revise(form.text());
        log.record(AdminAction.FRAMEWORK_CHANGED, framework.getMunicipalityId(), framework.getTitle(), null);
    }

    @Transactional(readOnly = true)
    EditPage adoptPage(FrameworkAddress address) {
        PolicyFramework framework = concept(address, Permission.ADOPT_PLANS);
        return new EditPage(framework.getTitle(), FrameworkForm.of(framework));
    }

    /** Records the council's adoption; the version makes sure the council adopted the text the manager saw. */
    @Transactional
    void adopt(FrameworkAddress address, Long version, LocalDate councilDecision) {
        PolicyFramework framework = concept(address, Permission.ADOPT_PLANS);
        framework.requireVersion(version, () -> new FrameworkAdoptForm(null, framework.getVersion()));
        framework.adopt(councilDecision);
        log.record(
                AdminAction.FRAMEWORK_ADOPTED,
                framework.getMunicipalityId(),
                framework.getTitle(),
                "raad " + councilDecision.format(DateTimeFormatter.ofPattern("dd-MM-yyyy")));
    }

    /**
     * Main themes first, so each sub-theme's parent has its copy; the positions are copied, so the new framework's
     * tree order (theme_tree) is the old one's.
     */
    private void copyThemes(PolicyFramework source, PolicyFramework target) {
        List<Theme> old = themes.findByFrameworkIdOrderByPositionAscIdAsc(source.getId());
        Map<Long, Theme> copies = new HashMap<>();
        for (Theme theme : old) {
            if (theme.isMain()) {
                copies.put(theme.getId(), themes.save(theme.copyTo(target, null)));
            }
        }
        for (Theme theme : old) {
            if (!theme.isMain()) {
                themes.save(theme.copyTo(target, copies.get(theme.getParent().getId())));
            }
        }
    }

    /**
     * The title as an address ('IVB 2027-2030' becomes ivb-2027-2030), numbered when the municipality has that one
     * already. The address stays when the title changes: links to the framework keep working.
     */
    private String freeSlug(long municipalityId, String title) {
        String base = Normalizer.normalize(title, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (base.length() > SLUG_LENGTH) {
            base = base.substring(0, SLUG_LENGTH).replaceAll("-+$", "");
        }
        if (base.isEmpty()) {
            base = "kader";
        }
        String slug = base;
        // 'nieuw' is the address of the form that creates a framework
        for (int n = 2; slug.equals("nieuw") || frameworks.existsByMunicipalityIdAndSlug(municipalityId, slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private PolicyFramework concept(FrameworkAddress address, Permission permission) {
        return editable.concept(address, permission);
    }

    private Municipality municipality(String slug, Permission permission) {
        return editable.municipality(slug, permission);
    }

    record NewFrameworkPage(String municipalityName, List<FrameworkSummary> frameworks) {}

    record EditPage(String title, FrameworkForm form) {}
}
