package nl.ivbplanner.planview;

import java.util.List;
import nl.ivbplanner.partner.ActivityOrganisation;

/** An organisation on the activity page: once, with all its roles and every wording the plan uses for it. */
record PartnerLink(ActivityOrganisation organisation, List<String> wordings) {
}
