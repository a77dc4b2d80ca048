package pl.odnowa.area;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

import pl.odnowa.common.VersionedEntity;
import pl.odnowa.programme.Programme;

/** The degraded or the revitalisation area of a programme, made of subareas (possibly disjoint). */
@Entity
public class Area extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id")
    public Programme programme;

    @Enumerated(EnumType.STRING)
    public AreaKind kind;

    public String name;
    public String description;

    @Column(name = "designation_resolution")
    public String designationResolution;

    @Column(name = "designation_date")
    public LocalDate designationDate;

    @Column(name = "designation_publication")
    public String designationPublication;

    @OneToMany(mappedBy = "area", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Subarea> subareas = new ArrayList<>();

    @Override
    public String municipalityTeryt() {
        return programme.municipalityTeryt();
    }
}
