package nl.ivbplanner.region;

import java.util.Arrays;
import java.util.List;

/** An activity a partner is asked to act in; year is null for a framework's multi-year line. */
record PartnerActivityRow(String municipality, String frameworkTitle, Integer year, String title, String roles) {

    public List<String> roleList() {
        return Arrays.asList(roles.split(","));
    }
}
