package nl.ivbplanner.question;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import nl.ivbplanner.common.InvalidFormException;
import nl.ivbplanner.municipality.Municipality;
import nl.ivbplanner.municipality.MunicipalityRepository;
import nl.ivbplanner.plan.PlanAddress;
import nl.ivbplanner.plan.PlanHeader;
import nl.ivbplanner.plan.PlanHeaderQueries;
import nl.ivbplanner.publication.Audience;
import nl.ivbplanner.publication.DocumentType;
import nl.ivbplanner.publication.PublicationService;
import nl.ivbplanner.publication.StoredVersion;
import nl.ivbplanner.security.MunicipalityAccess;
import nl.ivbplanner.security.Permission;
import nl.ivbplanner.security.SignedInUser;
import nl.ivbplanner.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The council's questions: a council member of the municipality asks about a published document of an adopted or
 * evaluated plan; the municipality's advisors and managers answer, and correct an answer. Whoever may see the
 * municipality reads them (its council members and staff); the public never does.
 */
@Service
class QuestionService {

    private final PlanHeaderQueries plans;
    private final MunicipalityRepository municipalities;
    private final PublicationService publications;
    private final CouncilQuestionRepository questions;
    private final QuestionQueries queries;
    private final MunicipalityAccess access;
    private final Clock clock;

    QuestionService(
            PlanHeaderQueries plans,
            MunicipalityRepository municipalities,
            PublicationService publications,
            CouncilQuestionRepository questions,
            QuestionQueries queries,
            MunicipalityAccess access,
            Clock clock) {
        this.plans = plans;
        this.municipalities = municipalities;
        this.publications = publications;
        this.questions = questions;
        this.queries = queries;
        this.access = access;
        this.clock = clock;
    }

    /** The plan to ask about, and the documents it has published, after the access check. */
    @Transactional(readOnly = true)
    AskPage askPage(PlanAddress address) {
        PlanHeader plan = askable(address);
        return new AskPage(plan.title(), plan.municipalityName(), documents(plan));
    }

    @Transactional
    void ask(PlanAddress address, AskForm form) {
        PlanHeader plan = askable(address);
        DocumentType document = documents(plan).stream()
                .filter(offered -> offered.name().equals(form.document()))
                .findFirst()
                .orElseThrow(() -> new InvalidFormException("document", "question.document.required"));
        Integer number = publications
                .current(plan.planId(), document, plan.state(), Audience.PUBLIC)
                .map(StoredVersion::number)
                .orElse(null);
        questions.save(CouncilQuestion.ask(
                plan.municipalityId(),
                plan.planId(),
                document,
                number,
                form.vraag().strip(),
                me(),
                now()));
    }

    /** The municipality's questions, open first, for whoever may see the municipality. */
    @Transactional(readOnly = true)
    MunicipalityQuestions ofMunicipality(String municipalitySlug) {
        Municipality municipality = municipality(municipalitySlug);
        access.require(Permission.VIEW, municipality.getId());
        return new MunicipalityQuestions(
                municipality.getName(),
                municipality.getSlug(),
                queries.ofMunicipality(municipality.getId()),
                access.may(Permission.ANSWER_QUESTIONS, municipality.getId()));
    }

    /** The question with its answer as stored, for the answer form. */
    @Transactional(readOnly = true)
    QuestionRow toAnswer(String municipalitySlug, long id) {
        return queries.one(id, answerable(municipalitySlug).getId()).orElseThrow(NotFoundException::new);
    }

    /** The first answer or a correction; refused when a colleague saved an answer since the form was opened. */
    @Transactional
    void answer(String municipalitySlug, long id, AnswerForm form) {
        CouncilQuestion question = questions
                .findByIdAndMunicipalityId(id, answerable(municipalitySlug).getId())
                .orElseThrow(NotFoundException::new);
        question.requireVersion(form.version(), () -> AnswerForm.of(question.getAnswer(), question.getVersion()));
        question.answer(form.antwoord().strip(), me(), now());
    }

    /**
     * Only a council member of the plan's municipality asks, and only about a plan that has published documents: a
     * concept is as unknown to them as a plan that does not exist.
     */
    private PlanHeader askable(PlanAddress address) {
        PlanHeader plan = plans.find(address).orElseThrow(NotFoundException::new);
        access.require(Permission.ASK_QUESTIONS, plan.municipalityId());
        if (plan.state().isConcept()) {
            throw new NotFoundException();
        }
        return plan;
    }

    private Municipality answerable(String municipalitySlug) {
        Municipality municipality = municipality(municipalitySlug);
        access.require(Permission.ANSWER_QUESTIONS, municipality.getId());
        return municipality;
    }

    private Municipality municipality(String slug) {
        return municipalities.findBySlug(slug).orElseThrow(NotFoundException::new);
    }

    /** The plan's report; once evaluated also the yearly verantwoording, published when the evaluation closed. */
    private static List<DocumentType> documents(PlanHeader plan) {
        return plan.state().isEvaluated()
                ? List.of(DocumentType.REPORT, DocumentType.VERANTWOORDING)
                : List.of(DocumentType.REPORT);
    }

    private CouncilQuestion.Person me() {
        SignedInUser user = access.currentUser();
        return new CouncilQuestion.Person(user.id(), user.displayName());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    record AskPage(String planTitle, String municipalityName, List<DocumentType> documents) {}

    record MunicipalityQuestions(
            String municipalityName, String municipalitySlug, List<QuestionRow> questions, boolean mayAnswer) {

        public long openCount() {
            return questions.stream().filter(q -> !q.answered()).count();
        }
    }
}
