package nl.ivbplanner.support;

import nl.ivbplanner.common.VersionedEntity;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * For unit tests of the entities without a database: gives a new entity the id the database would, which some
 * behaviour reads (a carried-over activity remembers its origin's id).
 */
public final class Entities {

    private Entities() {}

    public static <T extends VersionedEntity> T withId(T entity, long id) {
        ReflectionTestUtils.setField(entity, VersionedEntity.class, "id", id, Long.class);
        return entity;
    }
}
