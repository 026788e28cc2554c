package nl.ivbplanner.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionInterceptor;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The retry around a use case, with the transaction advice behind it as in the application: every run, the first
 * and the repeated ones, must have a transaction of its own. No database is needed to see that; the transaction
 * manager below only counts what it is asked to do.
 */
class LostRaceRetryTest {

    @Test
    void everyRunOfAUseCaseThatLostARaceHasItsOwnTransaction() {
        UseCase useCase = proxied(new UseCase(2));

        useCase.save();

        assertThat(useCase.runsInATransaction()).containsExactly(true, true, true);
        assertThat(transactions.begun).isEqualTo(3);
        assertThat(transactions.rolledBack).isEqualTo(2);
        assertThat(transactions.committed).isEqualTo(1);
    }

    @Test
    void afterThreeLostRacesTheLastFailureReachesTheCallerWithTheEarlierOnes() {
        UseCase useCase = proxied(new UseCase(3));

        assertThatThrownBy(useCase::save)
                .isInstanceOf(DuplicateKeyException.class)
                .satisfies(failure -> assertThat(failure.getSuppressed())
                        .hasSize(1)
                        .allSatisfy(
                                earlier -> assertThat(earlier.getSuppressed()).hasSize(1)));
        assertThat(transactions.begun).isEqualTo(3);
    }

    @Test
    void aBrokenCheckIsNoRaceAndRunsOnce() {
        UseCase useCase = proxied(new UseCase(1, () -> new DataIntegrityViolationException("check constraint")));

        assertThatThrownBy(useCase::save).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(transactions.begun).isEqualTo(1);
    }

    private final CountingTransactions transactions = new CountingTransactions();

    private UseCase proxied(UseCase target) {
        ProxyFactory factory = new ProxyFactory(target);
        factory.setProxyTargetClass(true);
        factory.addAdvice(new LostRaceRetry());
        factory.addAdvice(new TransactionInterceptor(transactions, new AnnotationTransactionAttributeSource()));
        return (UseCase) factory.getProxy();
    }

    static class UseCase {

        private final int losses;
        private final Supplier<RuntimeException> loss;
        private final List<Boolean> runs = new ArrayList<>();

        UseCase(int losses) {
            this(
                    losses,
                    () -> new DuplicateKeyException("taken meanwhile", new SQLException("duplicate key", "23505")));
        }

        UseCase(int losses, Supplier<RuntimeException> loss) {
            this.losses = losses;
            this.loss = loss;
        }

        @Transactional
        public void save() {
            runs.add(TransactionSynchronizationManager.isActualTransactionActive());
            if (runs.size() <= losses) {
                throw loss.get();
            }
        }

        public List<Boolean> runsInATransaction() {
            return runs;
        }
    }

    /** A transaction manager without a resource: it begins, commits and rolls back nothing but its counters. */
    static class CountingTransactions extends AbstractPlatformTransactionManager {

        int begun;
        int committed;
        int rolledBack;

        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
            begun++;
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
            committed++;
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
            rolledBack++;
        }
    }
}
