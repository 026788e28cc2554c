package nl.ivbplanner.api;

import java.util.List;
import nl.ivbplanner.security.SignedInUser;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A request made with a valid key: it acts as the key's user, in the key's municipality and role. */
final class ApiKeyAuthentication extends AbstractAuthenticationToken {

    private final long keyId;
    private final SignedInUser user;

    ApiKeyAuthentication(long keyId, SignedInUser user) {
        super(List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name())));
        this.keyId = keyId;
        this.user = user;
        setAuthenticated(true);
    }

    long keyId() {
        return keyId;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public SignedInUser getPrincipal() {
        return user;
    }
}
