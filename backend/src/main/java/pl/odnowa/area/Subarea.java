package pl.odnowa.area;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A subarea: its GeoJSON geometry, size, residents and the five crisis spheres of art. 9. Every finding is tri-state:
 * true / false when recorded, null when not recorded (residents null: not known).
 */
@Entity
public class Subarea {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "area_id")
    public Area area;

    public int position;
    public String code;
    public String name;

    /** RFC 7946 geometry (Polygon or MultiPolygon, WGS 84 lon/lat) as JSON text. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String geometry;

    @Column(name = "area_ha")
    public BigDecimal areaHa;

    public Integer residents;

    @Column(name = "residents_date")
    public LocalDate residentsDate;

    /** Where the hectares, residents and crisis findings come from. */
    public String source;

    public Boolean social;
    public Boolean economic;
    public Boolean environmental;

    @Column(name = "spatial_functional")
    public Boolean spatialFunctional;

    public Boolean technical;

    @Column(name = "crisis_evidence")
    public String crisisEvidence;

    @Enumerated(EnumType.STRING)
    @Column(name = "land_type")
    public LandType landType;

    @Column(name = "land_justification")
    public String landJustification;
}
