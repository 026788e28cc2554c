package nl.ivbplanner.municipality;

/** What an administrator may change about a municipality: its name, CBS code (GMnnnn) and safety region. */
public record MunicipalityDetails(String name, String cbsCode, String safetyRegion) {}
