package nl.ivbplanner.narrative;

/**
 * What a section says: its level (1 chapter, 2 paragraph, 3 sub-paragraph), an optional heading, the plain-text
 * body (never null; empty when the section is only a heading), an optional theme, and whether it is left out of
 * what the public sees. The database holds the same
 * rules as CHECK constraints; checking them here keeps a bad value from ever reaching it.
 */
record SectionText(short level, String heading, String body, Long themeId, boolean notPublic) {

    SectionText {
        if (level < 1 || level > 3) {
            throw new IllegalArgumentException("level must be 1, 2 or 3");
        }
        if (heading == null && body.isEmpty()) {
            throw new IllegalArgumentException("a section needs a heading or a body");
        }
    }
}
