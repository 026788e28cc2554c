package nl.ivbplanner.framework;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import nl.ivbplanner.common.VersionedEntity;
import org.hibernate.envers.Audited;

/** 'Wat willen we bereiken?': a numbered goal of a theme, for the framework or for one yearly plan. */
@Entity
@Audited
public class Objective extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Theme theme;

    private Long planId;

    /** As printed; documents sometimes repeat a number, so it is not unique. */
    private String number;

    private String text;

    private int position;

    protected Objective() {
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

    public int getPosition() {
        return position;
    }
}
