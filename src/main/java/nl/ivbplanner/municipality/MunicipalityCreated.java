package nl.ivbplanner.municipality;

/**
 * Published inside the transaction that created a municipality, so that features owning its other rows (the verdict
 * legend) add them in the same transaction without this package depending on them.
 */
public record MunicipalityCreated(long municipalityId) {}
