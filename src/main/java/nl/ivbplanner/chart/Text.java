package nl.ivbplanner.chart;

import java.util.List;

/**
 * A text a chart shows: either as given (a theme's or municipality's name, a formatted number), or a message key with
 * arguments that the template resolves in the reader's language, so the geometry needs no locale.
 */
public record Text(String literal, String key, List<Object> args) {

    public static Text of(String literal) {
        return new Text(literal, null, List.of());
    }

    public static Text key(String key, Object... args) {
        return new Text(null, key, List.of(args));
    }

    public Object[] argArray() {
        return args.toArray();
    }

    /** How many characters the text takes, to reserve room for it; a message is guessed at its key's length. */
    int length() {
        return literal != null ? literal.length() : Math.max(12, key.length());
    }
}
