package pl.odnowa.diagnosis;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

import pl.odnowa.common.VersionedEntity;

/**
 * A diagnostic indicator of one year with its value in each spatial unit; the municipal reference value is given or,
 * when null, computed from the units (weighted by residents for a rate).
 */
@Entity
@Table(name = "diagnostic_indicator")
public class DiagnosticIndicator extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "municipality_teryt")
    public String municipality;

    public String code;
    public int year;
    public String name;

    @Enumerated(EnumType.STRING)
    public Sphere sphere;

    @Enumerated(EnumType.STRING)
    public DiagnosticDirection direction;

    public String unit;
    public boolean rate;
    public String source;

    @Column(name = "reference_value")
    public BigDecimal referenceValue;

    /** Value per spatial unit id. */
    @ElementCollection
    @CollectionTable(name = "diagnostic_value", joinColumns = @JoinColumn(name = "diagnostic_indicator_id"))
    @MapKeyColumn(name = "spatial_unit_id")
    @Column(name = "value")
    public Map<Long, BigDecimal> values = new LinkedHashMap<>();

    @Override
    public String municipalityTeryt() {
        return municipality;
    }
}
