package nl.ivbplanner.user;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The rules every password a person chooses must meet: at least 12 characters, not the user name, and not one of the
 * 49,233 most common passwords of {@code security/common-passwords.txt}. That list is the password dictionary of the
 * npm package {@code @zxcvbn-ts/language-common} 4.1.3 (MIT licence, Dan Wheeler, Dropbox and the zxcvbn-ts authors;
 * the licence is shipped beside it), lower-cased; the check ignores case, so 'Qwerty123456' counts as common.
 * Temporary passwords made here always pass. No more than 72 bytes: BCrypt would ignore the rest.
 */
@Component
public class PasswordRules {

    public static final int MINIMUM_LENGTH = 12;

    /** BCrypt reads no further than 72 bytes (and Spring Security refuses longer ones). */
    public static final int MAXIMUM_BYTES = 72;

    private static final String COMMON_PASSWORDS = "/security/common-passwords.txt";
    // no 0/O or 1/l/I: the administrator reads the temporary password out or types it over
    private static final String TEMPORARY_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int TEMPORARY_LENGTH = 16;

    private final Set<String> common = load();
    private final SecureRandom random = new SecureRandom();

    /** The message key of the first rule the password breaks, or empty when it may be used. */
    public Optional<String> problem(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MINIMUM_LENGTH) {
            return Optional.of("password.rule.too-short");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAXIMUM_BYTES) {
            return Optional.of("password.rule.too-long");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && lower.equals(username.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("password.rule.username");
        }
        if (common.contains(lower)) {
            return Optional.of("password.rule.common");
        }
        return Optional.empty();
    }

    /** A random password of 16 characters (about 93 bits), for a new account or a reset; it must be changed. */
    public String temporaryPassword() {
        StringBuilder password = new StringBuilder(TEMPORARY_LENGTH);
        for (int i = 0; i < TEMPORARY_LENGTH; i++) {
            password.append(TEMPORARY_ALPHABET.charAt(random.nextInt(TEMPORARY_ALPHABET.length())));
        }
        return password.toString();
    }

    private static Set<String> load() {
        InputStream stream = PasswordRules.class.getResourceAsStream(COMMON_PASSWORDS);
        if (stream == null) {
            throw new IllegalStateException(COMMON_PASSWORDS + " is missing");
        }
        Set<String> passwords = new HashSet<>(65_536);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(passwords::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(passwords);
    }
}
