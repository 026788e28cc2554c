package nl.ivbplanner.framework;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import nl.ivbplanner.common.StateConflictException;
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

    @Enumerated(EnumType.STRING)
    private FrameworkState state;

    protected PolicyFramework() {}

    /** A new concept framework of the municipality; its slug is its address for good. */
    PolicyFramework(long municipalityId, String slug, FrameworkText text) {
        this.municipalityId = municipalityId;
        this.slug = slug;
        this.state = FrameworkState.CONCEPT;
        write(text);
    }

    /** Changes title, kind, period and texts; only a concept's, an adopted framework is the council's decision. */
    void revise(FrameworkText text) {
        requireConcept();
        write(text);
    }

    /** The council adopted it on that date: from now on it is read-only. */
    void adopt(LocalDate councilDecision) {
        requireConcept();
        this.adoptedByCouncilOn = councilDecision;
        this.state = FrameworkState.VASTGESTELD;
    }

    private void requireConcept() {
        if (!state.isEditable()) {
            throw new StateConflictException("framework.admin.not-concept");
        }
    }

    private void write(FrameworkText text) {
        this.title = text.title();
        this.kind = text.kind();
        this.firstYear = text.firstYear();
        this.lastYear = text.lastYear();
        this.mission = text.mission();
        this.vision = text.vision();
        this.successFactors = text.successFactors();
    }

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

    public FrameworkState getState() {
        return state;
    }
}
