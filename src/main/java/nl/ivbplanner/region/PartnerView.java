package nl.ivbplanner.region;

import java.util.List;

/** A shared partner's part in the region: per municipality, per field, and the activities themselves. */
record PartnerView(
        String region,
        SharedPartner partner,
        List<PartnerMunicipalityRow> municipalities,
        List<PartnerFieldRow> fields,
        List<PartnerActivityRow> activities) {}
