package nl.ivbplanner.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A personal API key for a demo user, made in the database as the API keys page would (only its SHA-256 stored), for
 * the user's municipality and role. In a {@code @Transactional} test it is rolled back with the rest.
 */
public final class ApiKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeys() {}

    /** The key's secret, to send as {@code Authorization: Bearer ...}. */
    public static String make(JdbcClient jdbc, String username) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = "ivb_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        jdbc.sql("""
                insert into api_key (user_id, municipality_id, role, name, token_hash, token_start, created_at)
                select id, municipality_id, role, 'Test', :hash, :start, now() from app_user where username = :username""")
                .param("hash", sha256(token))
                .param("start", token.substring(0, 10))
                .param("username", username)
                .update();
        return token;
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
