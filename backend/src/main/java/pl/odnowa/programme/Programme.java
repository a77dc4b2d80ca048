package pl.odnowa.programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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

import pl.odnowa.common.VersionedEntity;
import pl.odnowa.municipality.Municipality;

/** A revitalisation programme (PROM, GPR, ...) of one municipality, possibly continuing a predecessor. */
@Entity
public class Programme extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "municipality_teryt")
    public Municipality municipality;

    public String name;

    @Column(name = "short_name")
    public String shortName;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_basis")
    public LegalBasis legalBasis;

    @Enumerated(EnumType.STRING)
    public ProgrammeStatus status;

    @Column(name = "period_from")
    public int periodFrom;

    @Column(name = "period_to")
    public Integer periodTo;

    @Column(name = "resolution_number")
    public String resolutionNumber;

    @Column(name = "resolution_date")
    public LocalDate resolutionDate;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "predecessor_id")
    public Programme predecessor;

    public String description;
    public String vision;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Goal> goals = new ArrayList<>();

    /** Anonymous readers see published programmes only; the city's own users also see drafts. */
    public boolean published;

    @Column(name = "special_zone_established")
    public Boolean specialZoneEstablished;

    @Column(name = "special_zone_start")
    public LocalDate specialZoneStart;

    @Column(name = "special_zone_end")
    public LocalDate specialZoneEnd;

    /** RFC 7946 geometry of the special zone as JSON text, or null. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "special_zone_geometry")
    public String specialZoneGeometry;

    /** What the document contains (art. 15), or null when not recorded. */
    @JdbcTypeCode(SqlTypes.JSON)
    public ProgrammeContents contents;

    SpecialZone specialZone() {
        return specialZoneEstablished == null && specialZoneStart == null && specialZoneEnd == null
                && specialZoneGeometry == null ? null
                : new SpecialZone(specialZoneEstablished, specialZoneStart, specialZoneEnd,
                        pl.odnowa.area.GeoJson.parse(specialZoneGeometry));
    }

    @Override
    public String municipalityTeryt() {
        return municipality.teryt;
    }
}
