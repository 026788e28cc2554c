package nl.ivbplanner.partner;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import nl.ivbplanner.common.VersionedEntity;

/** An organisation; one row however the documents spell it, shared across municipalities where it is the same. */
@Entity
public class Partner extends VersionedEntity {

    /** Stable key by which seeds and imports find the same organisation. */
    private String key;

    private String name;

    @Enumerated(EnumType.STRING)
    private PartnerKind kind;

    /** Set for a municipality's own teams and local organisations; empty for shared ones. */
    private Long municipalityId;

    protected Partner() {}

    /** An organisation an advisor adds for their own municipality, e.g. a local residents' association. */
    public Partner(String key, String name, long municipalityId) {
        this.key = key;
        this.name = name;
        this.kind = PartnerKind.EXTERNAL;
        this.municipalityId = municipalityId;
    }

    public String getKey() {
        return key;
    }

    public String getName() {
        return name;
    }

    public PartnerKind getKind() {
        return kind;
    }

    public Long getMunicipalityId() {
        return municipalityId;
    }
}
