package nl.ivbplanner.evaluation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import nl.ivbplanner.common.VersionedEntity;
import org.hibernate.envers.Audited;

/** A municipality's own label and symbol for one verdict (Wassenaar: Groen = 'Gereed'). */
@Entity
@Audited
public class StatusLegend extends VersionedEntity {

    private Long municipalityId;

    @Enumerated(EnumType.STRING)
    private EvaluationStatus status;

    private String label;

    private String symbol;

    protected StatusLegend() {}

    StatusLegend(long municipalityId, EvaluationStatus status, String label, String symbol) {
        this.municipalityId = municipalityId;
        this.status = status;
        this.label = label;
        this.symbol = symbol;
    }

    public Long getMunicipalityId() {
        return municipalityId;
    }

    public EvaluationStatus getStatus() {
        return status;
    }

    public String getLabel() {
        return label;
    }

    public String getSymbol() {
        return symbol;
    }

    /** Admins rename a verdict; the change is kept in the history. */
    public void relabel(String newLabel, String newSymbol) {
        this.label = newLabel;
        this.symbol = newSymbol;
    }
}
