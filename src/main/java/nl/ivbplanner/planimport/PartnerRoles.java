package nl.ivbplanner.planimport;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import nl.ivbplanner.activity.PartnerRole;

/** A role as a partner cell writes it in brackets: its label in the user's language ('trekker') or its name. */
final class PartnerRoles {

    private PartnerRoles() {}

    static Optional<PartnerRole> of(String written, Function<String, String> labels) {
        String wanted = Folded.of(written);
        return Arrays.stream(PartnerRole.values())
                .filter(role -> Folded.of(labels.apply("partner.role." + role)).equals(wanted)
                        || Folded.of(role.name()).equals(wanted))
                .findFirst();
    }
}
