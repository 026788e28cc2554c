package nl.ivbplanner.partner;

/** Whether an organisation is outside the municipality or one of its own teams. */
public enum PartnerKind {
    EXTERNAL,
    INTERNAL
}
