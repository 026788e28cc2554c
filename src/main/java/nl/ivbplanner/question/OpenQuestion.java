package nl.ivbplanner.question;

import java.time.OffsetDateTime;
import nl.ivbplanner.common.DutchTime;
import nl.ivbplanner.plan.PlanAddress;

/** A council question not answered yet, for a list of work to do ("Mijn werk"). */
public record OpenQuestion(
        long id,
        String municipalitySlug,
        String frameworkSlug,
        int planYear,
        String planTitle,
        String question,
        String askedByName,
        OffsetDateTime askedAt) {

    public OpenQuestion {
        askedAt = DutchTime.of(askedAt);
    }

    /** The page where it is answered. */
    public String answerUrl() {
        return QuestionAddresses.answer(municipalitySlug, id);
    }

    /** The plan it is about. */
    public String planUrl() {
        return new PlanAddress(municipalitySlug, frameworkSlug, planYear).url();
    }
}
