package nl.ivbplanner.planimport;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** SHA-256 in hexadecimal: of an uploaded file, and of the changes a preview shows (their records' texts, in order). */
final class Fingerprint {

    private Fingerprint() {}

    static String of(List<?> changes) {
        return sha256(changes.toString().getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
