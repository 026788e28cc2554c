package nl.ivbplanner.narrative;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What the section form sends: level (1 chapter, 2 paragraph, 3 sub-paragraph), heading, body and theme. {@code plaats}
 * ("begin", "eind" or the id of the section to follow) is only sent when adding; {@code version} only when editing,
 * to detect a colleague's save in between.
 */
@SectionHasContent(message = "{narrative.form.heading-or-body}")
record SectionForm(
        @NotNull(message = "{narrative.form.level.required}")
        @Pattern(regexp = "[123]", message = "{narrative.form.level.required}")
        String niveau,

        @Size(max = 300, message = "{form.too-long}") String kop,

        @Size(max = 50000, message = "{narrative.form.body.too-long}")
        String tekst,

        @Pattern(regexp = "\\d{0,18}", message = "{narrative.form.theme.unknown}")
        String thema,

        @Pattern(regexp = "begin|eind|\\d{1,18}", message = "{narrative.form.place.unknown}")
        String plaats,

        /** "ja" when the box 'Niet openbaar' is ticked; a browser sends nothing for an unticked box. */
        String nietOpenbaar,

        Long version) {

    static final String AT_END = "eind";
    static final String AT_BEGINNING = "begin";

    static SectionForm empty() {
        return new SectionForm("1", null, null, null, AT_END, null, null);
    }

    static SectionForm of(NarrativeSection section) {
        return new SectionForm(
                String.valueOf(section.getLevel()),
                section.getHeading(),
                section.getBody(),
                section.getThemeId() == null ? "" : String.valueOf(section.getThemeId()),
                null,
                section.isNotPublic() ? "ja" : null,
                section.getVersion());
    }

    boolean hasContent() {
        return !(kop == null || kop.isBlank()) || !(tekst == null || tekst.isBlank());
    }

    boolean notPublic() {
        return "ja".equals(nietOpenbaar);
    }

    Long themeId() {
        return thema == null || thema.isEmpty() ? null : Long.valueOf(thema);
    }

    SectionText toText() {
        return new SectionText(
                Short.parseShort(niveau),
                kop == null || kop.isBlank() ? null : kop.strip(),
                plainText(tekst),
                themeId(),
                notPublic());
    }

    /**
     * Browsers send CRLF line ends and people paste bullets ('•') from Word; the stored convention is LF and
     * "- " list items, which is what the text display understands. Anything else, '<b>' included, stays literal.
     */
    private static String plainText(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("\r\n", "\n")
                .replace('\r', '\n')
                .replaceAll("(?m)^[ \\t]*•[ \\t]*", "- ")
                .strip();
    }
}
