package nl.ivbplanner.partner;

import java.text.Normalizer;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Makes the stable key of a new organisation from its name: 'Buurtpreventie Oost' -> 'wassenaar-buurtpreventie-oost'. */
@Component
public class PartnerKeys {

    private static final int MAX_LENGTH = 80;

    private final PartnerRepository partners;

    PartnerKeys(PartnerRepository partners) {
        this.partners = partners;
    }

    public String newKey(String municipalitySlug, String name) {
        String base = slug(municipalitySlug + " " + name);
        String key = base;
        for (int n = 2; partners.existsByKey(key); n++) {
            String suffix = "-" + n;
            key = base.substring(0, Math.min(base.length(), MAX_LENGTH - suffix.length())) + suffix;
        }
        return key;
    }

    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        slug = slug.length() > MAX_LENGTH - 4
                ? slug.substring(0, MAX_LENGTH - 4).replaceAll("-+$", "")
                : slug;
        return slug.isEmpty() ? "organisatie" : slug;
    }
}
