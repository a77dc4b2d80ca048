package pl.odnowa.diagnosis;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import pl.odnowa.common.VersionedEntity;

/** A spatial unit of a municipality's diagnosis (osiedle, statistical region, grid cell); residents null: not known. */
@Entity
@Table(name = "spatial_unit")
public class SpatialUnit extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "municipality_teryt")
    public String municipality;

    public String code;
    public String name;

    /** RFC 7946 geometry (Polygon or MultiPolygon, WGS 84 lon/lat) as JSON text, or null. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String geometry;

    @Column(name = "area_ha")
    public BigDecimal areaHa;

    public Integer residents;

    @Column(name = "residents_date")
    public LocalDate residentsDate;

    public String source;

    @Override
    public String municipalityTeryt() {
        return municipality;
    }
}
