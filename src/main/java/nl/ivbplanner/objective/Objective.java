package nl.ivbplanner.objective;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import nl.ivbplanner.common.Positioned;
import nl.ivbplanner.common.VersionedEntity;
import nl.ivbplanner.framework.Theme;
import org.hibernate.envers.Audited;

/** 'Wat willen we bereiken?': a numbered goal of a theme, for the framework or for one yearly plan. */
@Entity
@Audited
public class Objective extends VersionedEntity implements Positioned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Theme theme;

    private Long planId;

    /** As printed; documents sometimes repeat a number, so it is not unique. */
    private String number;

    private String text;

    private int position;

    protected Objective() {}

    /** A goal of one yearly plan, at a place among the plan's goals of that theme. */
    static Objective forPlan(long planId, Theme theme, int position, String number, String text) {
        Objective objective = new Objective();
        objective.planId = planId;
        objective.position = position;
        objective.revise(theme, number, text);
        return objective;
    }

    void revise(Theme newTheme, String newNumber, String newText) {
        if (newText == null || newText.isBlank()) {
            throw new IllegalArgumentException("an objective needs a text");
        }
        theme = newTheme;
        number = newNumber;
        text = newText;
    }

    /** Positions order the goals within their theme; an unchanged value causes no update. */
    @Override
    public void moveTo(int newPosition) {
        position = newPosition;
    }

    public Theme getTheme() {
        return theme;
    }

    public Long getPlanId() {
        return planId;
    }

    public String getNumber() {
        return number;
    }

    public String getText() {
        return text;
    }

    @Override
    public int getPosition() {
        return position;
    }
}
