package nl.ivbplanner.planimport;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A name reduced to what tells it apart: no accents, no case, punctuation and runs of spaces as one space. 'A. Zorg &
 * Veiligheid' and 'a zorg veiligheid' fold alike, so a retyped theme or organisation is still found.
 */
final class Folded {

    private Folded() {}

    static String of(String text) {
        if (text == null) {
            return "";
        }
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT)
                .replace("&", " en ")
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }
}
