package nl.ivbplanner.support;

import java.util.List;
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
 */
@TestConfiguration(proxyBeanMethods = false)
public class SqlStatementCounter implements BeanPostProcessor {

    private final AtomicInteger statements = new AtomicInteger();

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

    /** Runs the action and returns how many statements it executed. */
    public int count(ThrowingRunnable action) throws Exception {
        statements.set(0);
        action.run();
        return statements.get();
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
            statements.addAndGet(queryInfoList.size());
        }
    }
}
