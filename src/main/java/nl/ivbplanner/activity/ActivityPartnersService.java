package nl.ivbplanner.activity;

import java.util.List;
import nl.ivbplanner.activity.web.PartnerLinkForm;
import nl.ivbplanner.common.InvalidFormException;
import nl.ivbplanner.common.Positions;
import nl.ivbplanner.municipality.Municipality;
import nl.ivbplanner.partner.Partner;
import nl.ivbplanner.partner.PartnerChoice;
import nl.ivbplanner.partner.PartnerKeys;
import nl.ivbplanner.partner.PartnerRepository;
import nl.ivbplanner.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Naming the partners of a concept plan's activity: from the shared list, or a new organisation of the municipality. */
@Service
public class ActivityPartnersService {

    private final EditableActivities editable;
    private final ActivityPartnerRepository links;
    private final PartnerRepository partners;
    private final PartnerKeys keys;

    ActivityPartnersService(
            EditableActivities editable,
            ActivityPartnerRepository links,
            PartnerRepository partners,
            PartnerKeys keys) {
        this.editable = editable;
        this.links = links;
        this.partners = partners;
        this.keys = keys;
    }

    @Transactional(readOnly = true)
    public PartnersPage page(ActivityAddress address) {
        EditableActivities.Editable activity = editable.require(address);
        return new PartnersPage(
                activity.activity().getTitle(),
                links.findRows(address.id()),
                partners.findChoices(activity.municipality().getId()));
    }

    @Transactional
    public void add(ActivityAddress address, PartnerLinkForm form) {
        EditableActivities.Editable activity = editable.requireForChange(address);
        long partnerId = chosenPartner(activity.municipality(), form);
        if (links.existsByActivityIdAndPartnerIdAndRole(address.id(), partnerId, form.role())) {
            throw new InvalidFormException("partner", "partners.form.duplicate");
        }
        links.save(ActivityPartner.link(
                activity.activity(), partnerId, form.role(), form.wording(), links.nextPosition(address.id())));
    }

    @Transactional
    public void remove(ActivityAddress address, long linkId) {
        editable.requireForChange(address);
        links.delete(link(address, linkId));
    }

    /** Moves a partner one place up or down in the activity's list. */
    @Transactional
    public void move(ActivityAddress address, long linkId, Positions.Direction direction) {
        EditableActivities.Editable activity = editable.requireForChange(address);
        Positions.move(links.findByActivities(List.of(activity.activity())), link(address, linkId), direction);
    }

    private ActivityPartner link(ActivityAddress address, long linkId) {
        return links.findByIdAndActivityId(linkId, address.id()).orElseThrow(NotFoundException::new);
    }

    private long chosenPartner(Municipality municipality, PartnerLinkForm form) {
        if (form.choseFromList() == form.namedNewOrganisation()) {
            throw form.choseFromList()
                    ? new InvalidFormException("nieuweOrganisatie", "partners.form.both")
                    : new InvalidFormException("partner", "partners.form.partner.required");
        }
        if (form.choseFromList()) {
            return partners.findChoice(form.partnerId(), municipality.getId())
                    .orElseThrow(() -> new InvalidFormException("partner", "partners.form.partner.unknown"))
                    .getId();
        }
        List<Partner> sameName = partners.findChoicesNamed(form.newName(), municipality.getId());
        if (!sameName.isEmpty()) {
            throw new InvalidFormException(
                    "nieuweOrganisatie", "partners.form.exists", sameName.get(0).getName());
        }
        return partners.save(new Partner(
                        keys.newKey(municipality.getSlug(), form.newName()), form.newName(), municipality.getId()))
                .getId();
    }

    public record PartnersPage(String activityTitle, List<PartnerLinkRow> links, List<PartnerChoice> choices) {}
}
