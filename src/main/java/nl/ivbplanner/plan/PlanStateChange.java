package nl.ivbplanner.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.OffsetDateTime;

/** One step in a plan's lifecycle (adopt, close evaluation, reopen with a reason), kept as history. */
@Entity
public class PlanStateChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private ExecutionPlan plan;

    @Enumerated(EnumType.STRING)
    private PlanState fromState;

    @Enumerated(EnumType.STRING)
    private PlanState toState;

    private String reason;

    private Long changedBy;

    private OffsetDateTime changedAt;

    protected PlanStateChange() {}

    PlanStateChange(ExecutionPlan plan, PlanState fromState, PlanState toState, String reason, Long changedBy) {
        this.plan = plan;
        this.fromState = fromState;
        this.toState = toState;
        this.reason = reason;
        this.changedBy = changedBy;
        this.changedAt = OffsetDateTime.now();
    }

    public Long getId() {
        return id;
    }

    public PlanState getFromState() {
        return fromState;
    }

    public PlanState getToState() {
        return toState;
    }

    public String getReason() {
        return reason;
    }

    public OffsetDateTime getChangedAt() {
        return changedAt;
    }
}
