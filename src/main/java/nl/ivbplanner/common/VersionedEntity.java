package nl.ivbplanner.common;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.util.function.Supplier;

/**
 * An editable row: identity key and a version for optimistic locking, so that two people editing the
 * same row never silently overwrite each other.
 */
@MappedSuperclass
public abstract class VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    /**
     * Refuses a change made on another version than the stored one (a colleague saved in between, or the form sent
     * none); {@code stored} is what the form shows again, as the row is now.
     */
    public void requireVersion(Long seen, Supplier<?> stored) {
        if (seen == null || seen != version) {
            throw new EditConflictException(stored.get());
        }
    }
}
