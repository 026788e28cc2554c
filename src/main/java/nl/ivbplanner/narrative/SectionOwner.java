package nl.ivbplanner.narrative;

/**
 * Whose sections are edited: a yearly plan's or a framework's own (a section has exactly one of the two). The
 * framework whose themes a section may be about is the plan's framework, or the framework itself.
 */
record SectionOwner(Kind kind, long id, long themeFrameworkId, String title) {

    /** The two owners differ only in their column and in a few words of their pages. */
    enum Kind {
        PLAN("plan_id", "narrative.", "item.back-to-plan"),
        FRAMEWORK("framework_id", "narrative.framework.", "narrative.framework.back");

        /** Fixed names, never user input: safe to put in SQL text. */
        final String column;

        private final String messages;
        private final String back;

        Kind(String column, String messages, String back) {
            this.column = column;
            this.messages = messages;
            this.back = back;
        }

        /** A message key whose wording names the owner ('dit plan', 'dit kader'), such as {@code none}. */
        public String key(String name) {
            return messages + name;
        }

        /** The key of the link back to the plan or framework page. */
        public String backKey() {
            return back;
        }
    }
}
