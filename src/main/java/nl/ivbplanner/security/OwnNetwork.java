package nl.ivbplanner.security;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * Requests from this machine or a private network (a Prometheus beside the app, in docker-compose's network). Behind
 * the TLS proxy the remote address is the client's own (X-Forwarded-For from a trusted proxy), so the public never
 * matches.
 */
final class OwnNetwork implements AuthorizationManager<RequestAuthorizationContext> {

    static final OwnNetwork ONLY = new OwnNetwork();

    private static final List<IpAddressMatcher> NETWORKS =
            List.of("127.0.0.0/8", "::1/128", "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7").stream()
                    .map(IpAddressMatcher::new)
                    .toList();

    private OwnNetwork() {}

    @Override
    public AuthorizationResult authorize(
            Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
        String address = context.getRequest().getRemoteAddr();
        return new AuthorizationDecision(NETWORKS.stream().anyMatch(network -> network.matches(address)));
    }
}
