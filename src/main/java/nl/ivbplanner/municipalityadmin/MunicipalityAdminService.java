package nl.ivbplanner.municipalityadmin;

import java.util.ArrayList;
import java.util.List;
import nl.ivbplanner.audit.AdminAction;
import nl.ivbplanner.audit.AdminLog;
import nl.ivbplanner.common.FieldProblem;
import nl.ivbplanner.common.InvalidFormException;
import nl.ivbplanner.common.UniqueIndex;
import nl.ivbplanner.municipality.Municipality;
import nl.ivbplanner.municipality.MunicipalityCreated;
import nl.ivbplanner.municipality.MunicipalityDetails;
import nl.ivbplanner.municipality.MunicipalityRepository;
import nl.ivbplanner.security.MunicipalityAccess;
import nl.ivbplanner.security.Permission;
import nl.ivbplanner.security.SignedInUser;
import nl.ivbplanner.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Municipalities without SQL: a global administrator creates one and corrects its name, CBS code and safety region;
 * the municipality's own administrators and the global ones switch 'openbaar publiceren'.
 */
@Service
class MunicipalityAdminService {

    /** The database's unique indexes behind the form's checks, for two administrators saving at the same moment. */
    private static final UniqueIndex SLUG =
            new UniqueIndex("municipality_slug_key", new FieldProblem("webnaam", "municipality.admin.slug.taken"));

    private static final UniqueIndex CBS_CODE =
            new UniqueIndex("municipality_cbs_code_key", new FieldProblem("cbscode", "municipality.admin.cbs.taken"));

    private final MunicipalityRepository municipalities;
    private final MunicipalityAccess access;
    private final ApplicationEventPublisher events;
    private final AdminLog log;

    MunicipalityAdminService(
            MunicipalityRepository municipalities,
            MunicipalityAccess access,
            ApplicationEventPublisher events,
            AdminLog log) {
        this.municipalities = municipalities;
        this.access = access;
        this.events = events;
        this.log = log;
    }

    /** The safety regions in use, as suggestions on the form; only for global administrators. */
    @Transactional(readOnly = true)
    List<String> safetyRegions() {
        requireGlobalAdmin();
        return municipalities.findSafetyRegions();
    }

    /** Creates the municipality with the default verdict legend (added by its listener); returns its slug. */
    @Transactional
    String create(NewMunicipalityForm form) {
        requireGlobalAdmin();
        MunicipalityDetails details = form.details();
        List<FieldProblem> problems = new ArrayList<>();
        if (municipalities.existsBySlug(form.slug())) {
            problems.add(SLUG.problem());
        }
        if (municipalities.existsByCbsCodeAndIdNot(details.cbsCode(), 0L)) {
            problems.add(CBS_CODE.problem());
        }
        if (!problems.isEmpty()) {
            throw new InvalidFormException(problems);
        }
        Municipality created = SLUG.guard(
                () -> CBS_CODE.guard(() -> municipalities.saveAndFlush(new Municipality(form.slug(), details))));
        events.publishEvent(new MunicipalityCreated(created.getId()));
        log.record(AdminAction.MUNICIPALITY_CREATED, created.getId(), created.getName(), describe(details));
        return created.getSlug();
    }

    @Transactional(readOnly = true)
    Page<MunicipalityForm> details(String slug) {
        requireGlobalAdmin();
        Municipality municipality = find(slug);
        return new Page<>(municipality.getName(), MunicipalityForm.of(municipality));
    }

    /** Saves name, CBS code and region, unless a colleague saved the municipality since the form was opened. */
    @Transactional
    void revise(String slug, MunicipalityForm form) {
        requireGlobalAdmin();
        Municipality municipality = find(slug);
        municipality.requireVersion(form.version(), () -> MunicipalityForm.of(municipality));
        MunicipalityDetails details = form.details();
        if (municipalities.existsByCbsCodeAndIdNot(details.cbsCode(), municipality.getId())) {
            throw new InvalidFormException(List.of(CBS_CODE.problem()));
        }
        municipality.revise(details);
        CBS_CODE.guard(() -> municipalities.saveAndFlush(municipality));
        log.record(AdminAction.MUNICIPALITY_CHANGED, municipality.getId(), municipality.getName(), describe(details));
    }

    @Transactional(readOnly = true)
    Page<PublicationForm> publication(String slug) {
        Municipality municipality = administered(slug);
        return new Page<>(municipality.getName(), PublicationForm.of(municipality));
    }

    /** Switches 'openbaar publiceren'; a colleague's switch in between is shown, not silently undone. */
    @Transactional
    void switchPublication(String slug, PublicationForm form) {
        Municipality municipality = administered(slug);
        municipality.requireVersion(form.version(), () -> PublicationForm.of(municipality));
        municipality.publishPublicly(form.publicly());
        log.record(
                AdminAction.PUBLICATION_SWITCHED,
                municipality.getId(),
                municipality.getName(),
                form.publicly() ? "aan" : "uit");
    }

    private static String describe(MunicipalityDetails details) {
        return details.cbsCode() + ", " + details.safetyRegion();
    }

    private Municipality administered(String slug) {
        Municipality municipality = find(slug);
        access.require(Permission.ADMINISTER, municipality.getId());
        return municipality;
    }

    private Municipality find(String slug) {
        return municipalities.findBySlug(slug).orElseThrow(NotFoundException::new);
    }

    /** Only an administrator of no one municipality (a global one) creates municipalities or changes their facts. */
    private void requireGlobalAdmin() {
        SignedInUser user = access.currentUser();
        if (user == null || !user.isGlobalAdmin()) {
            throw new AccessDeniedException("Only a global administrator manages municipalities");
        }
    }

    /** The municipality's name for the page's title and breadcrumbs, and the form as stored. */
    record Page<F>(String municipalityName, F form) {}
}
