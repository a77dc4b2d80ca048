package pl.odnowa.municipality;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import pl.odnowa.common.VersionedEntity;

/** A Polish gmina, keyed by its 7-digit TERYT (TERC) code. */
@Entity
public class Municipality extends VersionedEntity {

    @Id
    public String teryt;

    /** Where the area and residents figures come from. */
    public String source;

    public String name;
    public String voivodeship;

    @Column(name = "nuts_code")
    public String nutsCode;

    @Column(name = "area_km2")
    public BigDecimal areaKm2;

    public Integer residents;

    @Column(name = "residents_date")
    public LocalDate residentsDate;

    @Override
    public String municipalityTeryt() {
        return teryt;
    }
}
