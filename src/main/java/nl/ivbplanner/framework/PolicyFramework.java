package nl.ivbplanner.framework;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import nl.ivbplanner.common.VersionedEntity;
import org.hibernate.envers.Audited;

/** A multi-year policy framework (beleidskader) adopted by the council, under which yearly plans are made. */
@Entity
@Audited
public class PolicyFramework extends VersionedEntity {

    private Long municipalityId;

    private String slug;

    private String title;

    private String subtitle;

    @Enumerated(EnumType.STRING)
    private FrameworkKind kind;

    private int firstYear;

    private int lastYear;

    private LocalDate adoptedByCouncilOn;

    private String mission;

    private String vision;

    private String successFactors;

    protected PolicyFramework() {}

    /** Whether a yearly plan for the year falls within the framework's period (first to last year, both included). */
    public boolean covers(int year) {
        return year >= firstYear && year <= lastYear;
    }

    public Long getMunicipalityId() {
        return municipalityId;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public String getSubtitle() {
        return subtitle;
    }

    public FrameworkKind getKind() {
        return kind;
    }

    public int getFirstYear() {
        return firstYear;
    }

    public int getLastYear() {
        return lastYear;
    }

    public LocalDate getAdoptedByCouncilOn() {
        return adoptedByCouncilOn;
    }

    public String getMission() {
        return mission;
    }

    public String getVision() {
        return vision;
    }

    public String getSuccessFactors() {
        return successFactors;
    }
}
