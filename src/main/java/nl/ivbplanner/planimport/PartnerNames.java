package nl.ivbplanner.planimport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Finds the organisation a file names: by its name first, then by a wording a plan has used for it ('politie' for
 * Politie Eenheid Den Haag), each compared folded (case, accents and punctuation aside). One wording can have served
 * several organisations; the first one the activity does not name yet is taken, so that an activity listing two of
 * them keeps both.
 */
final class PartnerNames {

    private final Map<String, List<PlanContent.PartnerName>> byFoldedName = new HashMap<>();

    PartnerNames(List<PlanContent.PartnerName> names) {
        names.forEach(n -> add(n.name(), n));
        names.forEach(n -> add(n.wording(), n));
    }

    private void add(String written, PlanContent.PartnerName name) {
        List<PlanContent.PartnerName> candidates =
                byFoldedName.computeIfAbsent(Folded.of(written), k -> new ArrayList<>());
        if (candidates.stream().noneMatch(c -> c.partnerId() == name.partnerId())) {
            candidates.add(name);
        }
    }

    /** The organisation written so, preferring one that {@code taken} does not hold yet. */
    Optional<PlanContent.PartnerName> find(String written, Predicate<Long> taken) {
        List<PlanContent.PartnerName> candidates = byFoldedName.getOrDefault(Folded.of(written), List.of());
        return candidates.stream()
                .filter(c -> !taken.test(c.partnerId()))
                .findFirst()
                .or(() -> candidates.stream().findFirst());
    }
}
