package nl.ivbplanner.activity;

/** The part an organisation plays in an activity. */
public enum PartnerRole {
    /** Carries the activity out and answers for it. */
    TREKKER,
    /** Directs the approach. */
    REGIE,
    /** Takes part. */
    BETROKKEN
}
