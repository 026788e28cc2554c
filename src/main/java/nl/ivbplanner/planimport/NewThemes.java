package nl.ivbplanner.planimport;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.ivbplanner.planimport.ImportPreview.NewTheme;

/**
 * The themes a Word plan's headings name that the framework lacks, each once, main themes before their sub-themes. Until
 * the import adds them, rows refer to them by a negative stand-in id; applying adds them first and compares again.
 */
final class NewThemes {

    /** The number before a heading: '3.', '3.2', 'A.'. It becomes the theme's code. */
    static final Pattern HEADING_NUMBER = Pattern.compile("^\\s*(\\d+(\\.\\d+)*|[A-Z])[.)]?\\s+");

    private final Map<String, Long> standIns = new LinkedHashMap<>();
    private final Map<Long, NewTheme> themes = new LinkedHashMap<>();

    /**
     * The stand-in id of the theme a heading names: a main theme, or a sub-theme of the main theme
     * {@code parentName}, which is the framework's theme {@code parentId} or (id null) a new one.
     */
    long add(String heading, Long parentId, String parentName) {
        Matcher number = HEADING_NUMBER.matcher(heading);
        String code = number.find() ? number.group(1) : null;
        String name = nameOf(heading);
        String key = Folded.of(name) + "|" + parentId + "|" + Folded.of(parentName);
        return standIns.computeIfAbsent(key, k -> {
            long standIn = -(themes.size() + 1L);
            themes.put(standIn, new NewTheme(code, name, parentId, parentName));
            return standIn;
        });
    }

    /** The name of a new theme, or null for an id of the framework's own. */
    String name(long id) {
        NewTheme theme = themes.get(id);
        return theme == null ? null : theme.name();
    }

    /** The name a heading gives its new main theme, as {@link #add} stores it. */
    static String nameOf(String heading) {
        Matcher number = HEADING_NUMBER.matcher(heading);
        return number.find() ? heading.substring(number.end()).strip() : heading.strip();
    }

    List<NewTheme> list() {
        return List.copyOf(themes.values());
    }
}
