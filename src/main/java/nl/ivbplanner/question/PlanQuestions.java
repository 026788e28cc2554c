package nl.ivbplanner.question;

import java.util.List;

/**
 * The council's questions about a plan, as its page shows them ("Vragen van de raad"), and what the reader may do
 * there: ask (a council member of the municipality), answer (its staff).
 */
public record PlanQuestions(
        List<QuestionRow> questions, boolean shown, boolean mayAsk, boolean mayAnswer, String askUrl, String listUrl) {}
