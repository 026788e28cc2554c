package nl.ivbplanner.audit;

/**
 * The kinds of administrative action the log names; each has its Dutch label {@code adminlog.action.<NAME>} in
 * messages.properties. Stored by name (no check constraint in the database): a new kind needs only a constant here and
 * its label.
 */
public enum AdminAction {
    USER_CREATED,
    USER_CHANGED,
    ROLE_CHANGED,
    USER_DEACTIVATED,
    USER_ACTIVATED,
    PASSWORD_RESET,
    USER_UNLOCKED,
    PASSWORD_CHANGED,
    MUNICIPALITY_CREATED,
    MUNICIPALITY_CHANGED,
    PUBLICATION_SWITCHED,
    FRAMEWORK_CREATED,
    FRAMEWORK_CHANGED,
    FRAMEWORK_ADOPTED,
    BACKUP_MADE,
    BACKUP_FAILED
}
