package nl.ivbplanner.question;

import nl.ivbplanner.plan.PlanAddress;

/** The addresses of the council's questions: the one place their URLs are written. */
final class QuestionAddresses {

    /** A municipality's questions, open first. */
    static final String LIST = "/gemeenten/{municipality}/raadsvragen";

    static final String ANSWER = LIST + "/{id}/antwoord";

    /** Asking a question about a plan's published documents. */
    static final String ASK = PlanAddress.PATH + "/vragen/nieuw";

    private QuestionAddresses() {}

    static String list(String municipalitySlug) {
        return "/gemeenten/" + municipalitySlug + "/raadsvragen";
    }

    static String answer(String municipalitySlug, long id) {
        return list(municipalitySlug) + "/" + id + "/antwoord";
    }

    static String ask(PlanAddress plan) {
        return plan.url() + "/vragen/nieuw";
    }
}
