package nl.ivbplanner.security;

import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;

/**
 * Sessions are kept in PostgreSQL (Spring Session JDBC, V26), so that behind a load balancer every instance knows every
 * signed-in user (application.properties).
 *
 * <p>Spring Session writes a session's last access on every request. Every write in the database takes a transaction
 * id, and a new transaction id is what tells {@code database/DatabaseState} that the data may have changed: a signed-in
 * user's every page view would throw away every kept rendering (the plan pages, the region pages, the reports) for
 * everyone. So the last access is written only when the stored one is a minute old or more, or when something else of
 * the session changed (its id at sign-in, the user); otherwise the update matches no row and PostgreSQL takes no
 * transaction id. A session therefore ends between 29 and 30 minutes after its last request instead of at 30.
 */
@Configuration(proxyBeanMethods = false)
class SessionsInDatabase {

    static final Duration LAST_ACCESS_PRECISION = Duration.ofMinutes(1);

    /**
     * Spring Session's own update ({@code UPDATE %TABLE_NAME% SET SESSION_ID = ?, LAST_ACCESS_TIME = ?,
     * MAX_INACTIVE_INTERVAL = ?, EXPIRY_TIME = ?, PRINCIPAL_NAME = ? WHERE PRIMARY_ID = ?}) with its parameters in the
     * same order, plus the condition that something worth writing changed.
     */
    static final String UPDATE_WHEN_CHANGED = """
            UPDATE %%TABLE_NAME%% s
            SET SESSION_ID = n.session_id, LAST_ACCESS_TIME = n.last_access_time,
                MAX_INACTIVE_INTERVAL = n.max_inactive_interval, EXPIRY_TIME = n.expiry_time,
                PRINCIPAL_NAME = n.principal_name
            FROM (SELECT CAST(? AS CHAR(36)) AS session_id, CAST(? AS BIGINT) AS last_access_time,
                         CAST(? AS INT) AS max_inactive_interval, CAST(? AS BIGINT) AS expiry_time,
                         CAST(? AS VARCHAR(120)) AS principal_name, CAST(? AS CHAR(36)) AS primary_id) n
            WHERE s.PRIMARY_ID = n.primary_id
              AND (s.SESSION_ID <> n.session_id
                   OR s.MAX_INACTIVE_INTERVAL <> n.max_inactive_interval
                   OR s.PRINCIPAL_NAME IS DISTINCT FROM n.principal_name
                   OR n.last_access_time - s.LAST_ACCESS_TIME >= %d)
            """.formatted(LAST_ACCESS_PRECISION.toMillis());

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> lastAccessWrittenOncePerMinute() {
        return repository -> repository.setUpdateSessionQuery(UPDATE_WHEN_CHANGED);
    }

    /**
     * The sessions in the database, found by user name: an administrator's change to an account ends that user's
     * sessions on every instance, not only on the one that took the change ({@link SignedInSession#endSessionsOf}).
     */
    @Bean
    <S extends Session> SessionRegistry sessionRegistry(FindByIndexNameSessionRepository<S> sessions) {
        return new SpringSessionBackedSessionRegistry<>(sessions);
    }
}
