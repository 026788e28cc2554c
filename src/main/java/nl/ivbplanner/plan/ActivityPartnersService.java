package nl.ivbplanner.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.ivbplanner.municipality.Municipality;
import nl.ivbplanner.municipality.MunicipalityRepository;
import nl.ivbplanner.partner.Partner;
import nl.ivbplanner.partner.PartnerChoice;
import nl.ivbplanner.partner.PartnerKeys;
import nl.ivbplanner.partner.PartnerRepository;
import nl.ivbplanner.security.MunicipalityAccess;
import nl.ivbplanner.security.Permission;
import nl.ivbplanner.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Naming the partners of a concept plan's activity: from the shared list, or a new organisation of the municipality. */
@Service
class ActivityPartnersService {

    private final MunicipalityRepository municipalities;
    private final ActivityRepository activities;
    private final ActivityPartnerRepository links;
    private final PartnerRepository partners;
    private final PartnerKeys keys;
    private final MunicipalityAccess access;

    ActivityPartnersService(MunicipalityRepository municipalities, ActivityRepository activities,
            ActivityPartnerRepository links, PartnerRepository partners, PartnerKeys keys, MunicipalityAccess access) {
        this.municipalities = municipalities;
        this.activities = activities;
        this.links = links;
        this.partners = partners;
        this.keys = keys;
        this.access = access;
    }

    @Transactional(readOnly = true)
    PartnersPage page(String municipalitySlug, long activityId) {
        Editable editable = editable(municipalitySlug, activityId);
        return new PartnersPage(editable.activity().getTitle(), links.findRows(activityId),
                partners.findChoices(editable.municipality().getId()));
    }

    @Transactional
    void add(String municipalitySlug, long activityId, PartnerLinkForm form) {
        Editable editable = forChange(municipalitySlug, activityId);
        long partnerId = chosenPartner(editable.municipality(), form);
        if (links.existsByActivityIdAndPartnerIdAndRole(activityId, partnerId, form.role())) {
            throw new PartnerLinkRejectedException("partner", "partners.form.duplicate");
        }
        links.save(ActivityPartner.link(editable.activity(), partnerId, form.role(), form.wording(),
                links.nextPosition(activityId)));
    }

    @Transactional
    void remove(String municipalitySlug, long activityId, long linkId) {
        forChange(municipalitySlug, activityId);
        links.delete(links.findByIdAndActivityId(linkId, activityId).orElseThrow(NotFoundException::new));
    }

    /** Moves a partner one place up or down in the activity's list; the list is numbered afresh, so ties resolve. */
    @Transactional
    void move(String municipalitySlug, long activityId, long linkId, boolean up) {
        Editable editable = forChange(municipalitySlug, activityId);
        List<ActivityPartner> order = new ArrayList<>(links.findByActivities(List.of(editable.activity())));
        int index = order.indexOf(links.findByIdAndActivityId(linkId, activityId).orElseThrow(NotFoundException::new));
        int other = up ? index - 1 : index + 1;
        if (other >= 0 && other < order.size()) {
            Collections.swap(order, index, other);
        }
        for (int position = 0; position < order.size(); position++) {
            order.get(position).placeAt(position);
        }
    }

    private long chosenPartner(Municipality municipality, PartnerLinkForm form) {
        if (form.choseFromList() == form.namedNewOrganisation()) {
            throw form.choseFromList()
                    ? new PartnerLinkRejectedException("nieuweOrganisatie", "partners.form.both")
                    : new PartnerLinkRejectedException("partner", "partners.form.partner.required");
        }
        if (form.choseFromList()) {
            return partners.findChoice(form.partnerId(), municipality.getId())
                    .orElseThrow(() -> new PartnerLinkRejectedException("partner", "partners.form.partner.unknown"))
                    .getId();
        }
        List<Partner> sameName = partners.findChoicesNamed(form.newName(), municipality.getId());
        if (!sameName.isEmpty()) {
            throw new PartnerLinkRejectedException("nieuweOrganisatie", "partners.form.exists", sameName.get(0).getName());
        }
        return partners.save(new Partner(keys.newKey(municipality.getSlug(), form.newName()), form.newName(),
                municipality.getId())).getId();
    }

    /** {@link #editable} after its plan's row is locked: see {@link ActivityRepository#lockPlanOf}. */
    private Editable forChange(String municipalitySlug, long activityId) {
        activities.lockPlanOf(activityId);
        return editable(municipalitySlug, activityId);
    }

    private Editable editable(String municipalitySlug, long activityId) {
        Municipality municipality = municipalities.findBySlug(municipalitySlug).orElseThrow(NotFoundException::new);
        access.require(Permission.EDIT_PLANS, municipality.getId());
        Activity activity = activities.findInMunicipality(activityId, municipality.getId()).orElseThrow(NotFoundException::new);
        if (!activity.getPlan().isEditable()) {
            throw new PlanNotEditableException();
        }
        return new Editable(municipality, activity);
    }

    private record Editable(Municipality municipality, Activity activity) {
    }

    record PartnersPage(String activityTitle, List<PartnerLinkRow> links, List<PartnerChoice> choices) {
    }
}
