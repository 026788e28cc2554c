package nl.ivbplanner.evaluation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.OffsetDateTime;
import nl.ivbplanner.common.VersionedEntity;
import nl.ivbplanner.plan.Activity;
import org.hibernate.envers.Audited;

/** The verdict on one activity at one moment, with its result text and who gave it. */
@Entity
@Audited
public class Evaluation extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Activity activity;

    @Enumerated(EnumType.STRING)
    private EvaluationMoment moment;

    @Enumerated(EnumType.STRING)
    private EvaluationStatus status;

    private String resultText;

    private Long evaluatedBy;

    private OffsetDateTime evaluatedAt;

    protected Evaluation() {
    }

    public EvaluationMoment getMoment() {
        return moment;
    }

    public EvaluationStatus getStatus() {
        return status;
    }

    public String getResultText() {
        return resultText;
    }

    public Long getEvaluatedBy() {
        return evaluatedBy;
    }

    public OffsetDateTime getEvaluatedAt() {
        return evaluatedAt;
    }
}
