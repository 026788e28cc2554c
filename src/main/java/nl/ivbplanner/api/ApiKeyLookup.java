package nl.ivbplanner.api;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import nl.ivbplanner.security.SignedInUser;
import nl.ivbplanner.user.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a request's key stands for, in one statement per request: the user it acts for, narrowed to the key's
 * municipality and role. A key is refused once revoked, once its user is switched off, and once the user's role or
 * municipality is no longer the one it was made with (a council member who was a manager keeps no manager's key).
 */
@Component
class ApiKeyLookup {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int writesPerMinute;

    ApiKeyLookup(JdbcClient jdbc, Clock clock, @Value("${ivb.api.writes-per-minute:60}") int writesPerMinute) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.writesPerMinute = writesPerMinute;
    }

    Optional<KeyHolder> holder(String token) {
        return jdbc.sql("""
                select k.id as key_id, k.municipality_id, k.role, k.last_used_at, u.id as user_id, u.username,
                       u.display_name
                from api_key k
                join app_user u on u.id = k.user_id
                where k.token_hash = :hash and k.revoked_at is null and u.enabled and u.role = k.role
                  and (u.municipality_id = k.municipality_id or (u.role = 'ADMIN' and u.municipality_id is null))""")
                .param("hash", ApiKey.hash(token))
                .query((rs, row) -> new KeyHolder(
                        rs.getLong("key_id"),
                        rs.getObject("last_used_at", OffsetDateTime.class),
                        new SignedInUser(
                                rs.getLong("user_id"),
                                rs.getString("username"),
                                rs.getString("display_name"),
                                Role.valueOf(rs.getString("role")),
                                rs.getLong("municipality_id"),
                                null,
                                true,
                                false)))
                .optional();
    }

    /**
     * Notes the key's use, at most once a minute: a busy key runs no statement for it on most requests, and writes no
     * row per request (the condition holds when two instances note it at once).
     */
    void used(KeyHolder holder) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (holder.lastUsedAt() != null && holder.lastUsedAt().isAfter(now.minusMinutes(1))) {
            return;
        }
        long keyId = holder.keyId();
        jdbc.sql("""
                update api_key set last_used_at = :now
                where id = :id and (last_used_at is null or last_used_at < :now - interval '1 minute')""").param("now", now).param("id", keyId).update();
    }

    /**
     * Counts a write against the key's minute, in the database so that every instance counts the same writes; refuses
     * the write past the limit, saying when the next minute starts.
     */
    void countWrite(long keyId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Window window = jdbc.sql("""
                update api_key set
                    writes_in_window = case when write_window is null or write_window <= :now - interval '1 minute'
                                            then 1 else writes_in_window + 1 end,
                    write_window = case when write_window is null or write_window <= :now - interval '1 minute'
                                        then :now else write_window end
                where id = :id
                returning writes_in_window, write_window""")
                .param("now", now)
                .param("id", keyId)
                .query(Window.class)
                .single();
        if (window.writesInWindow() > writesPerMinute) {
            Duration left = Duration.between(now, window.writeWindow().plusMinutes(1));
            throw new TooManyWritesException(writesPerMinute, Math.max(1, left.toSeconds() + 1));
        }
    }

    record KeyHolder(long keyId, OffsetDateTime lastUsedAt, SignedInUser user) {}

    private record Window(int writesInWindow, OffsetDateTime writeWindow) {}
}
