package nl.ivbplanner.planimport;

/**
 * A narrative chapter of a Word plan: its heading level (1 for a chapter, 2 for a paragraph, ...), the heading as
 * written, and the text under it up to the next heading, paragraphs separated by an empty line and list items on
 * lines starting with "- " (the form {@code NarrativeSection} keeps).
 */
record ImportedSection(int level, String heading, String body, SourcePlace place) {}
