package nl.ivbplanner.activity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import nl.ivbplanner.common.Positioned;
import nl.ivbplanner.common.VersionedEntity;
import org.hibernate.envers.Audited;

/** A partner organisation's role in an activity, with the name as the document spelled it there. */
@Entity
@Audited
public class ActivityPartner extends VersionedEntity implements Positioned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Activity activity;

    private Long partnerId;

    @Enumerated(EnumType.STRING)
    private PartnerRole role;

    private String wording;

    private int position;

    protected ActivityPartner() {}

    private ActivityPartner(Activity activity, long partnerId, PartnerRole role, String wording, int position) {
        this.activity = activity;
        this.partnerId = partnerId;
        this.role = role;
        this.wording = wording;
        this.position = position;
    }

    /** A partner named in a concept plan's activity, after the ones already there. */
    static ActivityPartner link(Activity activity, long partnerId, PartnerRole role, String wording, int position) {
        activity.getPlan().requireEditable();
        return new ActivityPartner(activity, partnerId, role, wording, position);
    }

    /** The same partner, role and wording on a copied activity. */
    ActivityPartner copyFor(Activity copy) {
        return new ActivityPartner(copy, partnerId, role, wording, position);
    }

    /** Its place among the activity's partners, as the plan lists them. */
    @Override
    public void moveTo(int newPosition) {
        activity.getPlan().requireEditable();
        this.position = newPosition;
    }

    @Override
    public int getPosition() {
        return position;
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
