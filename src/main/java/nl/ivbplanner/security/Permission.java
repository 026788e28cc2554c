package nl.ivbplanner.security;

/** What a user may do within a municipality. */
public enum Permission {
    /** Read adopted and evaluated plans, frameworks and reports. */
    VIEW,
    /** Also read concept plans (the municipality's staff only, never council members). */
    VIEW_CONCEPTS,
    /** Write concept plans and evaluations. */
    EDIT_PLANS,
    /** Decide on a plan as a whole: adopt it, rename or delete a concept, close or reopen an evaluation. */
    ADOPT_PLANS,
    /** Manage users and the verdict legend. */
    ADMINISTER,
    /**
     * Ask the college a question about a published document: council members only, as the questions are the
     * council's (not even an administrator asks one in their name).
     */
    ASK_QUESTIONS,
    /** Answer the council's questions, and correct an answer: the municipality's advisors and managers. */
    ANSWER_QUESTIONS
}
