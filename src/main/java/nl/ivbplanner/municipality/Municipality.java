package nl.ivbplanner.municipality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import nl.ivbplanner.common.VersionedEntity;

/** A municipality with its own safety policy; CBS code and safety region make it comparable in the region. */
@Entity
public class Municipality extends VersionedEntity {

    private String slug;

    private String name;

    @Column(name = "cbs_code")
    private String cbsCode;

    private String safetyRegion;

    /** 'openbaar publiceren': adopted and evaluated reports readable without login. */
    private boolean publishPublicly;

    protected Municipality() {}

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getCbsCode() {
        return cbsCode;
    }

    public String getSafetyRegion() {
        return safetyRegion;
    }

    public boolean isPublishPublicly() {
        return publishPublicly;
    }
}
