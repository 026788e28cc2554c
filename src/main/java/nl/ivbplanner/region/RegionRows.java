package nl.ivbplanner.region;

import java.util.Arrays;
import java.util.List;

// The rows the region view's queries return, kept together because each is a line or two.

record MunicipalityRow(long id, String slug, String name) {
}

record RegionLegendRow(long municipalityId, String status, String label, String symbol) {
}

/** A theme of one of the municipality's frameworks; field is null when neither it nor its parent has one. */
record RegionThemeRow(long municipalityId, Short field, String code, String name, String kind) {

    public boolean priority() {
        return "PRIORITY".equals(kind) || "REGIONAL_PRIORITY".equals(kind);
    }

    public String displayName() {
        return code == null ? name : code + ". " + name;
    }
}

record FieldCountRow(long municipalityId, Short field, long activities, long green, long yellow, long red) {
}

record PartnerSummaryRow(String key, String name, String municipalities, long activities, long trekker, long regie,
        long betrokken) {
}

record SharedPartner(long id, String key, String name) {
}

record PartnerMunicipalityRow(String municipality, long activities, long trekker, long regie, long betrokken) {
}

/** An activity a partner is asked to act in; year is null for a framework's multi-year line. */
record PartnerActivityRow(String municipality, String frameworkTitle, Integer year, String title, String roles) {

    public List<String> roleList() {
        return Arrays.asList(roles.split(","));
    }
}
