package nl.ivbplanner.account;

/** A button on a user's page (deactivate, activate, reset the password, unlock): only the version the admin saw. */
record UserActionForm(Long version) {}
