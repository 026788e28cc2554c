package nl.ivbplanner.region;

/** A shared partner's activities in one Kernbeleid Veiligheid field (null: themes without a field), with its roles. */
record PartnerFieldRow(Short field, long activities, long trekker, long regie, long betrokken) {}
