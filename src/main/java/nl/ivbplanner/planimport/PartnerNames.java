package nl.ivbplanner.planimport;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the organisation a file names: by its name first, then by a wording a plan has used for it ('politie' for
 * Politie Eenheid Den Haag), each compared folded (case, accents and punctuation aside).
 */
final class PartnerNames {

    private final Map<String, PlanContent.PartnerName> byFoldedName = new HashMap<>();

    PartnerNames(List<PlanContent.PartnerName> names) {
        names.forEach(n -> byFoldedName.putIfAbsent(Folded.of(n.name()), n));
        names.forEach(n -> byFoldedName.putIfAbsent(Folded.of(n.wording()), n));
    }

    Optional<PlanContent.PartnerName> find(String written) {
        return Optional.ofNullable(byFoldedName.get(Folded.of(written)));
    }
}
