package nl.ivbplanner.security;

import java.time.OffsetDateTime;
import nl.ivbplanner.user.AppUserRepository;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DatabaseUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;

    DatabaseUserDetailsService(AppUserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsername(username.trim().toLowerCase())
                .map(user -> SignedInUser.of(user, user.isLockedAt(OffsetDateTime.now())))
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }
}
