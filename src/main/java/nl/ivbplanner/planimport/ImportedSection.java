package nl.ivbplanner.planimport;

import java.util.List;

/**
 * A narrative chapter of a Word plan: its heading level (1 for a chapter, 2 for a paragraph, ...), the heading as
 * written, and the text under it up to the next heading, paragraphs separated by an empty line and list items on
 * lines starting with "- " (the form {@code NarrativeSection} keeps), and its own heading and those it stands under,
 * nearest first (the first that names a theme tells what the chapter is about).
 */
record ImportedSection(int level, String heading, String body, List<String> headingsNearestFirst, SourcePlace place) {}
