package nl.ivbplanner.question;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.OffsetDateTime;
import nl.ivbplanner.common.VersionedEntity;
import nl.ivbplanner.publication.DocumentType;
import org.hibernate.envers.Audited;

/**
 * A council member's question about a published document of a plan, and the municipality's answer. The question is
 * never changed; the answer can be corrected, and the history keeps every earlier answer with who gave it.
 */
@Entity
@Audited
class CouncilQuestion extends VersionedEntity {

    private long municipalityId;

    private long planId;

    @Enumerated(EnumType.STRING)
    private DocumentType document;

    private Integer publicationNumber;

    private String question;

    private Long askedById;

    private String askedByName;

    private OffsetDateTime askedAt;

    private String answer;

    private Long answeredById;

    private String answeredByName;

    private OffsetDateTime answeredAt;

    protected CouncilQuestion() {}

    /** A question about the version of the document readers get now (null: none published yet). */
    static CouncilQuestion ask(
            long municipalityId,
            long planId,
            DocumentType document,
            Integer publicationNumber,
            String question,
            Person askedBy,
            OffsetDateTime at) {
        CouncilQuestion asked = new CouncilQuestion();
        asked.municipalityId = municipalityId;
        asked.planId = planId;
        asked.document = document;
        asked.publicationNumber = publicationNumber;
        asked.question = question;
        asked.askedById = askedBy.id();
        asked.askedByName = askedBy.name();
        asked.askedAt = at;
        return asked;
    }

    /** The first answer, or a correction of it: the answer then names whoever gave it last. */
    void answer(String text, Person by, OffsetDateTime at) {
        answer = text;
        answeredById = by.id();
        answeredByName = by.name();
        answeredAt = at;
    }

    String getQuestion() {
        return question;
    }

    String getAnswer() {
        return answer;
    }

    /** Who acted, with their name as it was. */
    record Person(Long id, String name) {}
}
