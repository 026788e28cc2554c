package nl.ivbplanner.narrative;

/** A section as listed on the texts page: its heading, or the start of its body when it has none. */
record SectionRow(long id, short level, String heading, String excerpt, String themeCode, String themeName) {

    /** The excerpt is cut in SQL one character past the shown length, so a cut text gets an ellipsis. */
    static final int EXCERPT_LENGTH = 160;

    public String title() {
        return heading != null ? heading : shortExcerpt();
    }

    public String shortExcerpt() {
        return excerpt.length() > EXCERPT_LENGTH
                ? excerpt.substring(0, EXCERPT_LENGTH).strip() + "…"
                : excerpt;
    }

    public String themeLabel() {
        return themeName == null ? null : themeCode == null ? themeName : themeCode + ". " + themeName;
    }
}
