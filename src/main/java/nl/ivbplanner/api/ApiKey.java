package nl.ivbplanner.api;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import nl.ivbplanner.common.VersionedEntity;
import nl.ivbplanner.user.Role;

/**
 * A personal key for the API: it acts for its user, in one municipality, with the role the user had when making it.
 * Only its SHA-256 is stored; the key itself is shown once, when it is made.
 */
@Entity
@Table(name = "api_key")
public class ApiKey extends VersionedEntity {

    /** Keys start with this, so a key pasted somewhere it does not belong is recognisable (and scannable). */
    static final String PREFIX = "ivb_";

    private static final SecureRandom RANDOM = new SecureRandom();

    private long userId;
    private long municipalityId;

    @Enumerated(EnumType.STRING)
    private Role role;

    private String name;
    private String tokenHash;
    private String tokenStart;
    private OffsetDateTime createdAt;

    // written by each request with the key (ApiKeyLookup), never by this entity: a revocation keeps it
    @Column(insertable = false, updatable = false)
    private OffsetDateTime lastUsedAt;

    private OffsetDateTime revokedAt;

    protected ApiKey() {}

    private ApiKey(long userId, long municipalityId, Role role, String name, String token, OffsetDateTime now) {
        this.userId = userId;
        this.municipalityId = municipalityId;
        this.role = role;
        this.name = name;
        this.tokenHash = hash(token);
        this.tokenStart = token.substring(0, PREFIX.length() + 6);
        this.createdAt = now;
    }

    /** A new key and the only moment its secret exists outside the caller's hands. */
    static Made make(long userId, long municipalityId, Role role, String name, OffsetDateTime now) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return new Made(new ApiKey(userId, municipalityId, role, name, token, now), token);
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Revoking is for good: a revoked key is never valid again, and it stays listed with its date. */
    void revoke(OffsetDateTime now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public long getUserId() {
        return userId;
    }

    public long getMunicipalityId() {
        return municipalityId;
    }

    public Role getRole() {
        return role;
    }

    public String getName() {
        return name;
    }

    public String getTokenStart() {
        return tokenStart;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getLastUsedAt() {
        return lastUsedAt;
    }

    public OffsetDateTime getRevokedAt() {
        return revokedAt;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    record Made(ApiKey key, String token) {}
}
