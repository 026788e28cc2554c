package nl.ivbplanner.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells whether a failure means that the database cannot be reached (down, restarting, no connection in time). The
 * failure itself often says so; when it does not (the rollback on a connection the server closed hides why it was
 * closed), a connection is asked for: the pool answers within its short timeout.
 */
@Component
public class DatabaseUnavailable {

    private final DataSource dataSource;

    DatabaseUnavailable(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public boolean explains(Throwable failure) {
        return saysSo(failure) || !reachable();
    }

    private boolean reachable() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException | RuntimeException unreachable) {
            return false;
        }
    }

    static boolean saysSo(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransientDataAccessResourceException
                    || cause instanceof SQLTransientConnectionException) {
                return true;
            }
            // 08: connection exceptions; 57P01-57P03: shut down, crashed, starting up
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().matches("57P0[123]"))) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
