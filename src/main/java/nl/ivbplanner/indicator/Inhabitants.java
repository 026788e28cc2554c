package nl.ivbplanner.indicator;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.ivbplanner.common.VersionedEntity;
import org.hibernate.envers.Audited;

/**
 * A municipality's number of inhabitants in a year as its administrators entered it (CBS, 1 January), the only way a
 * yearly count becomes a figure per 1.000 inwoners: nothing is estimated.
 */
@Entity
@Audited
@Table(name = "municipality_inhabitants")
class Inhabitants extends VersionedEntity {

    static final int MAX = 20_000_000;

    private long municipalityId;

    private int year;

    private int inhabitants;

    private String source;

    protected Inhabitants() {}

    Inhabitants(long municipalityId, int year, int inhabitants, String source) {
        this.municipalityId = municipalityId;
        this.year = year;
        revise(inhabitants, source);
    }

    void revise(int inhabitants, String source) {
        if (inhabitants < 1 || inhabitants > MAX) {
            throw new IllegalArgumentException("inhabitants: " + inhabitants);
        }
        this.inhabitants = inhabitants;
        this.source = source == null || source.isBlank() ? null : source.strip();
    }

    long getMunicipalityId() {
        return municipalityId;
    }

    int getYear() {
        return year;
    }

    int getInhabitants() {
        return inhabitants;
    }

    String getSource() {
        return source;
    }
}
