package nl.ivbplanner.framework;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import nl.ivbplanner.common.Positioned;
import nl.ivbplanner.common.VersionedEntity;
import org.hibernate.envers.Audited;

/**
 * A theme of a framework, possibly a sub-theme ('A. Drugshandel', '5.1 a'). Its Kernbeleid Veiligheid field
 * (1-5, VNG method) makes themes comparable across municipalities.
 */
@Entity
@Audited
public class Theme extends VersionedEntity implements Positioned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private PolicyFramework framework;

    @ManyToOne(fetch = FetchType.LAZY)
    private Theme parent;

    private String code;

    private String name;

    @Enumerated(EnumType.STRING)
    private ThemeKind kind;

    private Short kernbeleidField;

    private String description;

    private String goal;

    private String lead;

    private int position;

    protected Theme() {}

    /** A new theme of a framework; a parent (a main theme) makes it a sub-theme. */
    Theme(PolicyFramework framework, Theme parent, int position, ThemeText text) {
        this.framework = framework;
        this.position = position;
        revise(parent, text);
    }

    /**
     * This theme as the first theme of a new framework: its texts, Kernbeleid Veiligheid field, lead and place in the
     * order, under the given copy of its parent; its objectives and activities stay with the old framework.
     */
    Theme copyTo(PolicyFramework newFramework, Theme newParent) {
        Theme copy = new Theme();
        copy.framework = newFramework;
        copy.parent = newParent;
        copy.code = code;
        copy.name = name;
        copy.kind = kind;
        copy.kernbeleidField = kernbeleidField;
        copy.description = description;
        copy.goal = goal;
        copy.lead = lead;
        copy.position = position;
        return copy;
    }

    /** Sub-themes are one level deep: the parent must be a main theme, and not this theme itself. */
    public void revise(Theme newParent, ThemeText text) {
        if (newParent != null && (newParent == this || !newParent.isMain())) {
            throw new IllegalArgumentException("a sub-theme belongs to a main theme other than itself");
        }
        parent = newParent;
        code = text.code();
        name = text.name();
        kind = text.kind();
        kernbeleidField = text.kernbeleidField();
        description = text.description();
        goal = text.goal();
    }

    /** Positions give the framework's document order; an unchanged value causes no update. */
    @Override
    public void moveTo(int newPosition) {
        position = newPosition;
    }

    public boolean isMain() {
        return parent == null;
    }

    public PolicyFramework getFramework() {
        return framework;
    }

    public Theme getParent() {
        return parent;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public ThemeKind getKind() {
        return kind;
    }

    public Short getKernbeleidField() {
        return kernbeleidField;
    }

    public String getDescription() {
        return description;
    }

    public String getGoal() {
        return goal;
    }

    public String getLead() {
        return lead;
    }

    @Override
    public int getPosition() {
        return position;
    }
}
