package pl.odnowa.indicator;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import pl.odnowa.area.Subarea;
import pl.odnowa.common.VersionedEntity;

/** One value of an indicator for a year, for the whole scope or for one subarea. */
@Entity
public class Observation extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "indicator_id")
    public Indicator indicator;

    /** Calendar year. */
    public int period;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "subarea_id")
    public Subarea subarea;

    public BigDecimal value;
    public String source;
    public String note;

    @Override
    public String municipalityTeryt() {
        return indicator.municipalityTeryt();
    }
}
