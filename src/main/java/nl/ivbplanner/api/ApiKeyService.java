package nl.ivbplanner.api;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ivbplanner.common.DutchTime;
import nl.ivbplanner.common.InvalidFormException;
import nl.ivbplanner.municipality.Municipality;
import nl.ivbplanner.municipality.MunicipalityRepository;
import nl.ivbplanner.security.AccessWithdrawn;
import nl.ivbplanner.security.MunicipalityAccess;
import nl.ivbplanner.security.SignedInUser;
import nl.ivbplanner.user.Role;
import nl.ivbplanner.web.NotFoundException;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's own API keys: made for the municipality the user works for (a global administrator chooses one), with the
 * user's role, and revoked by the user. Nobody sees or revokes another user's keys; an administrator who switches an
 * account off, changes its role or gives it a temporary password revokes them all ({@link AccessWithdrawn}).
 */
@Service
class ApiKeyService {

    /** Enough for every system a person connects; more usually means keys nobody revokes. */
    static final int MOST_ACTIVE_KEYS = 10;

    private final ApiKeyRepository keys;
    private final MunicipalityRepository municipalities;
    private final MunicipalityAccess access;
    private final Clock clock;

    ApiKeyService(
            ApiKeyRepository keys, MunicipalityRepository municipalities, MunicipalityAccess access, Clock clock) {
        this.keys = keys;
        this.municipalities = municipalities;
        this.access = access;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    KeysPage page() {
        SignedInUser user = signedIn();
        Map<Long, Municipality> byId = municipalities.findAllByOrderByName().stream()
                .collect(Collectors.toMap(Municipality::getId, Function.identity()));
        List<KeyRow> rows = keys.findByUserIdOrderByCreatedAtDesc(user.id()).stream()
                .map(key -> new KeyRow(
                        key.getId(),
                        key.getName(),
                        key.getTokenStart(),
                        byId.get(key.getMunicipalityId()).getName(),
                        key.getRole(),
                        DutchTime.of(key.getCreatedAt()),
                        key.getLastUsedAt() == null ? null : DutchTime.of(key.getLastUsedAt()),
                        key.getRevokedAt() == null ? null : DutchTime.of(key.getRevokedAt())))
                .toList();
        return new KeysPage(rows, user.isGlobalAdmin() ? municipalities.findAllByOrderByName() : List.of());
    }

    /** The new key's secret: the caller shows it once, and nothing keeps it. */
    @Transactional
    String make(ApiKeyForm form) {
        SignedInUser user = signedIn();
        long municipalityId = user.isGlobalAdmin() ? chosen(form.gemeente()) : user.municipalityId();
        long active = keys.findByUserIdOrderByCreatedAtDesc(user.id()).stream()
                .filter(key -> !key.isRevoked())
                .count();
        if (active >= MOST_ACTIVE_KEYS) {
            throw new InvalidFormException("naam", "apikey.form.too-many", MOST_ACTIVE_KEYS);
        }
        ApiKey.Made made =
                ApiKey.make(user.id(), municipalityId, user.role(), form.naam().strip(), OffsetDateTime.now(clock));
        keys.save(made.key());
        return made.token();
    }

    @Transactional
    void revoke(long keyId) {
        keys.findByIdAndUserId(keyId, signedIn().id())
                .orElseThrow(NotFoundException::new)
                .revoke(OffsetDateTime.now(clock));
    }

    /** In the administrator's transaction, so the keys go when the change is kept, and stay when it is not. */
    @EventListener
    void revokeAll(AccessWithdrawn withdrawn) {
        keys.revokeAllOf(withdrawn.username(), OffsetDateTime.now(clock));
    }

    private long chosen(String slug) {
        if (slug == null || slug.isBlank()) {
            throw new InvalidFormException("gemeente", "apikey.form.municipality.required");
        }
        return municipalities
                .findBySlug(slug)
                .orElseThrow(() -> new InvalidFormException("gemeente", "apikey.form.municipality.required"))
                .getId();
    }

    private SignedInUser signedIn() {
        SignedInUser user = access.currentUser();
        if (user == null) {
            throw new AccessDeniedException("not signed in");
        }
        return user;
    }

    record KeysPage(List<KeyRow> keys, List<Municipality> municipalities) {}

    record KeyRow(
            long id,
            String name,
            String start,
            String municipality,
            Role role,
            OffsetDateTime createdAt,
            OffsetDateTime lastUsedAt,
            OffsetDateTime revokedAt) {}
}
