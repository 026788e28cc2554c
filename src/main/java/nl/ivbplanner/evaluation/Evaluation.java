package nl.ivbplanner.evaluation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.OffsetDateTime;
import nl.ivbplanner.activity.Activity;
import nl.ivbplanner.common.InvalidFormException;
import nl.ivbplanner.common.StateConflictException;
import nl.ivbplanner.common.VersionedEntity;
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

    protected Evaluation() {}

    /** The first verdict on an activity at a moment; only while its plan is open for evaluation. */
    static Evaluation give(
            Activity activity,
            EvaluationMoment moment,
            EvaluationStatus status,
            String resultText,
            long by,
            OffsetDateTime at) {
        Evaluation evaluation = new Evaluation();
        evaluation.activity = activity;
        evaluation.moment = moment;
        evaluation.revise(status, resultText, by, at);
        return evaluation;
    }

    /** A new verdict replaces this one; the history keeps the old one. Yellow and red need a result text. */
    void revise(EvaluationStatus newStatus, String newResultText, long by, OffsetDateTime at) {
        if (!activity.getPlan().isOpenForEvaluation()) {
            throw new StateConflictException("evaluation.not-open");
        }
        if (newStatus.needsResultText() && (newResultText == null || newResultText.isBlank())) {
            // shown next to the evaluation form's result field ('resultaat')
            throw new InvalidFormException("resultaat", "evaluation.form.result.required");
        }
        this.status = newStatus;
        this.resultText = newResultText;
        this.evaluatedBy = by;
        this.evaluatedAt = at;
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
