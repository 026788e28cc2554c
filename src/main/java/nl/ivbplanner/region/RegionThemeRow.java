package nl.ivbplanner.region;

/** A theme of one of the municipality's frameworks; field is null when neither it nor its parent has one. */
record RegionThemeRow(long municipalityId, Short field, String code, String name, String kind) {

    public boolean priority() {
        return "PRIORITY".equals(kind) || "REGIONAL_PRIORITY".equals(kind);
    }

    public String displayName() {
        return code == null ? name : code + ". " + name;
    }
}
