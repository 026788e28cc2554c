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

    /** A new municipality; its slug is its address for good (published reports link to it), so it never changes. */
    public Municipality(String slug, MunicipalityDetails details) {
        this.slug = slug;
        revise(details);
    }

    /** Name, CBS code and safety region as the administrator corrects them. */
    public void revise(MunicipalityDetails details) {
        this.name = details.name();
        this.cbsCode = details.cbsCode();
        this.safetyRegion = details.safetyRegion();
    }

    /** Switches 'openbaar publiceren': whether adopted and evaluated reports are readable without login. */
    public void publishPublicly(boolean publicly) {
        this.publishPublicly = publicly;
    }

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
