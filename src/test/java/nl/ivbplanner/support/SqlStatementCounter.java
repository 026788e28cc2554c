package nl.ivbplanner.support;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;

/**
 * Counts the SQL statements the application sends, so a test can assert that a page runs a small, fixed
 * number of them whatever the data volume (no N+1). Tests run one at a time, so one counter suffices.
 *
 * <p>Two kinds of statements are not the page's and are kept apart. Spring Session's (tables {@code spring_session*}):
 * since sessions are in PostgreSQL, a request that has or makes a session reads it, stores it or marks its last access,
 * the same few statements whatever the page shows, and more or fewer depending on whether the page happens to make a
 * CSRF token or a message for the next page. They are counted separately ({@link #countSessionStatements}), and
 * {@code security/SessionStatementsTest} holds that number fixed. And the scheduler locks' (table {@code shedlock}):
 * scheduled jobs take them on the scheduler's thread at any moment, never for a page.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SqlStatementCounter implements BeanPostProcessor {

    private final AtomicInteger statements = new AtomicInteger();
    private final AtomicInteger sessionStatements = new AtomicInteger();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
            return ProxyDataSourceBuilder.create(dataSource)
                    .name("counted")
                    .listener(new Listener())
                    .build();
        }
        return bean;
    }

    /** Runs the action and returns how many statements it executed, apart from those of the session and locks. */
    public int count(ThrowingRunnable action) throws Exception {
        statements.set(0);
        action.run();
        return statements.get();
    }

    /** Runs the action and returns how many statements Spring Session executed for it. */
    public int countSessionStatements(ThrowingRunnable action) throws Exception {
        sessionStatements.set(0);
        action.run();
        return sessionStatements.get();
    }

    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }

    private final class Listener implements QueryExecutionListener {

        @Override
        public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {}

        @Override
        public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
            for (QueryInfo query : queryInfoList) {
                String sql = query.getQuery().toLowerCase(Locale.ROOT);
                if (sql.contains("spring_session")) {
                    sessionStatements.incrementAndGet();
                } else if (!sql.contains("shedlock")) {
                    statements.incrementAndGet();
                }
            }
        }
    }
}
