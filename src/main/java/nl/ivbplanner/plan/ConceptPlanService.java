package nl.ivbplanner.plan;

import java.util.List;
import java.util.Objects;
import nl.ivbplanner.common.EditConflictException;
import nl.ivbplanner.municipality.Municipality;
import nl.ivbplanner.municipality.MunicipalityRepository;
import nl.ivbplanner.security.MunicipalityAccess;
import nl.ivbplanner.security.Permission;
import nl.ivbplanner.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager renames or deletes a concept plan made by mistake. Both are kept in the history with who did it; an
 * adopted or evaluated plan can be neither renamed nor deleted.
 */
@Service
class ConceptPlanService {

    private final MunicipalityRepository municipalities;
    private final ExecutionPlanRepository plans;
    private final ActivityRepository activities;
    private final ActivityPartnerRepository partnerLinks;
    private final MunicipalityAccess access;
    private final PlanStateChangeRepository stateChanges;
    private final ApplicationEventPublisher events;

    ConceptPlanService(MunicipalityRepository municipalities, ExecutionPlanRepository plans,
            ActivityRepository activities, ActivityPartnerRepository partnerLinks, MunicipalityAccess access,
            PlanStateChangeRepository stateChanges, ApplicationEventPublisher events) {
        this.municipalities = municipalities;
        this.plans = plans;
        this.activities = activities;
        this.partnerLinks = partnerLinks;
        this.access = access;
        this.stateChanges = stateChanges;
        this.events = events;
    }

    /** The concept as stored, for the rename form and the delete confirmation. */
    @Transactional(readOnly = true)
    RenameForm stored(String municipalitySlug, String frameworkSlug, int year) {
        ExecutionPlan plan = concept(municipalitySlug, frameworkSlug, year);
        return new RenameForm(plan.getTitle(), plan.getVersion());
    }

    @Transactional
    void rename(String municipalitySlug, String frameworkSlug, int year, RenameForm form) {
        ExecutionPlan plan = concept(municipalitySlug, frameworkSlug, year);
        requireVersion(plan, form.version());
        plan.retitle(form.titel().strip());
    }

    /**
     * Why the concept cannot be deleted, or null when it can: a plan that was adopted once (and reopened) has a
     * history of decisions, and a plan that later plans continue would cut their line back; both stay.
     */
    @Transactional(readOnly = true)
    String refusal(String municipalitySlug, String frameworkSlug, int year) {
        ExecutionPlan plan = concept(municipalitySlug, frameworkSlug, year);
        if (stateChanges.existsByPlanId(plan.getId())) {
            return "plan.concept.delete.was-adopted";
        }
        return activities.isContinuedElsewhere(plan.getId()) ? "plan.concept.delete.continued" : null;
    }

    /** Deletes the concept and everything in it; activities it took over from an earlier plan can be taken again. */
    @Transactional
    void delete(String municipalitySlug, String frameworkSlug, int year, Long version) {
        String refused = refusal(municipalitySlug, frameworkSlug, year);
        if (refused != null) {
            throw new PlanTransitionException(refused);
        }
        ExecutionPlan plan = concept(municipalitySlug, frameworkSlug, year);
        requireVersion(plan, version);
        events.publishEvent(plan.removal());
        List<Activity> planActivities = activities.findByPlanId(plan.getId());
        if (!planActivities.isEmpty()) {
            partnerLinks.deleteAll(partnerLinks.findByActivities(planActivities));
        }
        activities.deleteAll(planActivities);
        plans.delete(plan);
    }

    private static void requireVersion(ExecutionPlan plan, Long version) {
        if (!Objects.equals(version, plan.getVersion())) {
            throw new EditConflictException(new RenameForm(plan.getTitle(), plan.getVersion()));
        }
    }

    private ExecutionPlan concept(String municipalitySlug, String frameworkSlug, int year) {
        Municipality municipality = municipalities.findBySlug(municipalitySlug).orElseThrow(NotFoundException::new);
        access.require(Permission.ADOPT_PLANS, municipality.getId());
        ExecutionPlan plan = plans.findInMunicipality(municipality.getId(), frameworkSlug, year)
                .orElseThrow(NotFoundException::new);
        if (!plan.isEditable()) {
            throw new PlanTransitionException("plan.concept.not-concept");
        }
        return plan;
    }
}
