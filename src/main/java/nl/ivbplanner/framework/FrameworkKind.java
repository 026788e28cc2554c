package nl.ivbplanner.framework;

/** What kind of multi-year policy a framework is. */
public enum FrameworkKind {
    /** Integraal veiligheidsbeleid (IVB). */
    INTEGRAL_SAFETY,
    /** Strategisch veiligheidsbeleid. */
    STRATEGIC_SAFETY,
    /** Aanpak ondermijnende criminaliteit. */
    UNDERMINING,
    /** Any other policy framework. */
    OTHER
}
