package nl.ivbplanner.database;

import java.lang.reflect.Method;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.ProxyMethodInvocation;
import org.springframework.aop.support.AopUtils;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs a use case again, in a new transaction, when it lost a race against a colleague's transaction that committed
 * first: the version it read is gone (optimistic lock), a unique rule it checked was taken meanwhile (unique
 * violation), or PostgreSQL chose it as a deadlock victim. Its second run sees the winner's commit and answers as the
 * form expects: the conflict form with both versions, or the form's own message for the taken name, year or link.
 * Only the outermost transaction is run again, at most {@value #ATTEMPTS} times in all; read-only ones never race.
 */
class LostRaceRetry implements MethodInterceptor {

    static final int ATTEMPTS = 3;

    private static final Logger log = LoggerFactory.getLogger(LostRaceRetry.class);
    private static final String UNIQUE_VIOLATION = "23505";

    @Override
    public Object invoke(MethodInvocation invocation) throws Throwable {
        if (TransactionSynchronizationManager.isActualTransactionActive() || readOnly(invocation)) {
            return invocation.proceed();
        }
        // Every run proceeds on a clone of the untouched invocation: a clone taken after proceed() would start behind
        // the transaction advice and run the use case without a transaction.
        ProxyMethodInvocation untouched = (ProxyMethodInvocation) invocation;
        RuntimeException earlier = null;
        for (int attempt = 1; ; attempt++) {
            try {
                return untouched.invocableClone().proceed();
            } catch (ConcurrencyFailureException | DataIntegrityViolationException lost) {
                if (earlier != null) {
                    lost.addSuppressed(earlier);
                }
                if (attempt == ATTEMPTS || !lostRace(lost)) {
                    throw lost;
                }
                earlier = lost;
                log.debug(
                        "{} lost a race ({}), running it again",
                        invocation.getMethod().getName(),
                        lost.toString());
                Thread.sleep(ThreadLocalRandom.current().nextInt(5, 25) * attempt);
            }
        }
    }

    private static boolean readOnly(MethodInvocation invocation) {
        Method method = invocation.getThis() == null
                ? invocation.getMethod()
                : AopUtils.getMostSpecificMethod(
                        invocation.getMethod(), invocation.getThis().getClass());
        Transactional transactional = AnnotatedElementUtils.findMergedAnnotation(method, Transactional.class);
        if (transactional == null) {
            transactional = AnnotatedElementUtils.findMergedAnnotation(method.getDeclaringClass(), Transactional.class);
        }
        return transactional != null && transactional.readOnly();
    }

    /** Every concurrency failure, but of the integrity violations only a unique rule: a check is no race. */
    private static boolean lostRace(RuntimeException failure) {
        if (failure instanceof ConcurrencyFailureException) {
            return true;
        }
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
