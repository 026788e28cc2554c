package nl.ivbplanner.question;

import java.time.OffsetDateTime;
import nl.ivbplanner.common.DutchTime;
import nl.ivbplanner.plan.PlanAddress;
import nl.ivbplanner.publication.DocumentType;

/** A council question with its answer (null while open), as the plan page and the list of questions show it. */
public record QuestionRow(
        long id,
        String municipalitySlug,
        String frameworkSlug,
        int planYear,
        String planTitle,
        DocumentType document,
        Integer publicationNumber,
        String question,
        String askedByName,
        OffsetDateTime askedAt,
        String answer,
        String answeredByName,
        OffsetDateTime answeredAt,
        long version) {

    public QuestionRow {
        askedAt = DutchTime.of(askedAt);
        answeredAt = DutchTime.of(answeredAt);
    }

    public boolean answered() {
        return answer != null;
    }

    /** "Over het uitvoeringsplan, versie 2": the key, with the version number as its argument where there is one. */
    public String aboutKey() {
        return "question.about." + document + (publicationNumber == null ? "" : ".version");
    }

    public String planUrl() {
        return new PlanAddress(municipalitySlug, frameworkSlug, planYear).url();
    }

    /** Where the municipality's staff answer it, or correct the answer. */
    public String answerUrl() {
        return QuestionAddresses.answer(municipalitySlug, id);
    }

    /** The id the question's place on a page has, as a link target. */
    public String anchor() {
        return "vraag-" + id;
    }
}
