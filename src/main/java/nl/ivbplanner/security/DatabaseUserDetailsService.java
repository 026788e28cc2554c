package nl.ivbplanner.security;

import nl.ivbplanner.user.AppUserRepository;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads the account of a sign-in attempt, which counts the attempt (see {@link LoginAttempts}). */
@Service
class DatabaseUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;
    private final LoginAttempts attempts;

    DatabaseUserDetailsService(AppUserRepository users, LoginAttempts attempts) {
        this.users = users;
        this.attempts = attempts;
    }

    @Override
    @Transactional
    public UserDetails loadUserByUsername(String username) {
        String name = username.trim().toLowerCase();
        boolean allowed = attempts.claim(name);
        return users.findByUsername(name)
                .map(user -> SignedInUser.of(user, !allowed))
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }
}
