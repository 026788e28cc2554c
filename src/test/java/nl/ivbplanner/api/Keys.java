package nl.ivbplanner.api;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import nl.ivbplanner.user.Role;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Keys of the seeded users, made once per test class, to send with generated requests. */
final class Keys {

    /** Whose key a request carries, seen from the municipality it addresses. */
    enum Holder {
        OWN,
        OTHER_MUNICIPALITY,
        COUNCIL,
        REVOKED,
        NONSENSE,
        NONE
    }

    private final JdbcClient jdbc;
    private final Map<String, String> made = new HashMap<>();

    Keys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String of(Holder holder, String municipality) {
        String slug = municipality == null ? "wassenaar" : municipality;
        return switch (holder) {
            case OWN -> of("adviseur." + slug);
            case OTHER_MUNICIPALITY -> of(slug.equals("rijswijk") ? "adviseur.wassenaar" : "adviseur.rijswijk");
            case COUNCIL -> of("raadslid." + slug);
            case REVOKED -> revoked();
            case NONSENSE -> "ivb_bestaat-niet";
            case NONE -> null;
        };
    }

    /** The user's key for their municipality and role, as the key page makes it. */
    String of(String username) {
        return made.computeIfAbsent(username, this::make);
    }

    private String revoked() {
        return made.computeIfAbsent("ingetrokken", ignored -> {
            String token = make("adviseur.wassenaar");
            jdbc.sql("update api_key set revoked_at = now() where token_hash = ?")
                    .param(ApiKey.hash(token))
                    .update();
            return token;
        });
    }

    private String make(String username) {
        var user = jdbc.sql("select id, role, municipality_id from app_user where username = ?")
                .param(username)
                .query((rs, row) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getLong(3)})
                .single();
        ApiKey.Made key = ApiKey.make(
                (Long) user[0], (Long) user[2], Role.valueOf((String) user[1]), "Contracttest", OffsetDateTime.now());
        jdbc.sql("""
                insert into api_key (user_id, municipality_id, role, name, token_hash, token_start, created_at)
                values (:user, :municipality, :role, :name, :hash, :start, now())""")
                .param("user", key.key().getUserId())
                .param("municipality", key.key().getMunicipalityId())
                .param("role", key.key().getRole().name())
                .param("name", key.key().getName())
                .param("hash", ApiKey.hash(key.token()))
                .param("start", key.key().getTokenStart())
                .update();
        return key.token();
    }
}
