package nl.ivbplanner.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import nl.ivbplanner.common.VersionedEntity;
import org.hibernate.envers.Audited;

/** A partner organisation's role in an activity, with the name as the document spelled it there. */
@Entity
@Audited
public class ActivityPartner extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Activity activity;

    private Long partnerId;

    @Enumerated(EnumType.STRING)
    private PartnerRole role;

    private String wording;

    private int position;

    protected ActivityPartner() {
    }

    /** A partner named in a concept plan's activity, after the ones already there. */
    static ActivityPartner link(Activity activity, long partnerId, PartnerRole role, String wording, int position) {
        if (!activity.getPlan().isEditable()) {
            throw new PlanNotEditableException();
        }
        ActivityPartner link = new ActivityPartner();
        link.activity = activity;
        link.partnerId = partnerId;
        link.role = role;
        link.wording = wording;
        link.position = position;
        return link;
    }

    /** The same partner, role and wording on a copied activity. */
    ActivityPartner copyFor(Activity copy) {
        ActivityPartner link = new ActivityPartner();
        link.activity = copy;
        link.partnerId = partnerId;
        link.role = role;
        link.wording = wording;
        link.position = position;
        return link;
    }

    /** Its place among the activity's partners, as the plan lists them. */
    void placeAt(int newPosition) {
        if (!activity.getPlan().isEditable()) {
            throw new PlanNotEditableException();
        }
        this.position = newPosition;
    }

    Activity getActivity() {
        return activity;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public PartnerRole getRole() {
        return role;
    }

    public String getWording() {
        return wording;
    }
}
