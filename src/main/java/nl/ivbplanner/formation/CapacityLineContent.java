package nl.ivbplanner.formation;

import java.math.BigDecimal;

/**
 * What a line of a formation table states: a function (in a group) with its existing and added fte, whose staff it is,
 * and the total line it is part of, if any.
 */
record CapacityLineContent(
        String groupName,
        String functionName,
        BigDecimal fteExisting,
        BigDecimal fteAdded,
        String remark,
        CapacityOrganisation organisation,
        Long partOfId) {

    CapacityLineContent {
        if (functionName == null || functionName.isBlank()) {
            throw new IllegalArgumentException("a formation line needs a function");
        }
        if (fteExisting != null && fteExisting.signum() < 0 || fteAdded != null && fteAdded.signum() < 0) {
            throw new IllegalArgumentException("fte cannot be negative");
        }
        if (organisation == null) {
            throw new IllegalArgumentException("a formation line belongs to an organisation");
        }
    }
}
