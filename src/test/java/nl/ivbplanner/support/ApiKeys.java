package nl.ivbplanner.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Personal API keys for tests, made straight in the database for a demo user, as the page would make them. */
public final class ApiKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeys() {}

    /** A new key of the user, for the user's municipality and role; returns the secret to send as Bearer token. */
    public static String make(JdbcClient jdbc, String username) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = "ivb_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        jdbc.sql("""
                insert into api_key (user_id, municipality_id, role, name, token_hash, token_start, created_at)
                select id, municipality_id, role, 'test', :hash, :start, :now from app_user where username = :username""")
                .param("hash", sha256(token))
                .param("start", token.substring(0, 10))
                .param("now", OffsetDateTime.now())
                .param("username", username)
                .update();
        return token;
    }

    /** As the application stores a key: only its SHA-256, in hex. */
    private static String sha256(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
