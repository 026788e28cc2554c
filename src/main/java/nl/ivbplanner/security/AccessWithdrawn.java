package nl.ivbplanner.security;

/**
 * An administrator switched an account off, changed its role or gave it a temporary password: every way the account
 * was signed in ends, its sessions and its API keys, even where the change would let an old one work again (the role
 * changed back, the account switched on again).
 */
public record AccessWithdrawn(String username) {}
