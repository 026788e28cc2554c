package nl.ivbplanner.question;

import java.util.List;
import nl.ivbplanner.plan.PlanHeader;
import nl.ivbplanner.security.MunicipalityAccess;
import nl.ivbplanner.security.Permission;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other pages show of the council's questions: the plan page's "Vragen van de raad", and "Mijn werk". */
@Service
@Transactional(readOnly = true)
public class CouncilQuestions {

    private final QuestionQueries queries;
    private final MunicipalityAccess access;

    CouncilQuestions(QuestionQueries queries, MunicipalityAccess access) {
        this.queries = queries;
        this.access = access;
    }

    /**
     * A plan's questions for a reader of its page (the caller checked that they may read the plan). Shown once the
     * plan has published documents, and to its staff also when a reopened plan has questions from before; one
     * statement either way.
     */
    public PlanQuestions onPlan(PlanHeader plan) {
        long municipalityId = plan.municipalityId();
        access.require(Permission.VIEW, municipalityId);
        List<QuestionRow> questions = queries.ofPlan(plan.planId());
        boolean published = !plan.state().isConcept();
        return new PlanQuestions(
                questions,
                published || !questions.isEmpty(),
                published && access.may(Permission.ASK_QUESTIONS, municipalityId),
                access.may(Permission.ANSWER_QUESTIONS, municipalityId),
                QuestionAddresses.ask(plan.address()),
                QuestionAddresses.list(plan.municipalitySlug()));
    }

    /**
     * The municipality's questions still waiting for an answer, longest waiting first, each with the address where
     * it is answered; empty unless the signed-in user answers the municipality's questions (its advisors, managers
     * and administrators). One statement.
     */
    public List<OpenQuestion> openFor(long municipalityId) {
        return access.may(Permission.ANSWER_QUESTIONS, municipalityId) ? queries.open(municipalityId) : List.of();
    }
}
