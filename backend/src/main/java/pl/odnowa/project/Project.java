package pl.odnowa.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import pl.odnowa.common.VersionedEntity;
import pl.odnowa.programme.Programme;

/** A basic or complementary revitalisation project: money, schedule, place and the SDG 11 targets it serves. */
@Entity
public class Project extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id")
    public Programme programme;

    @Enumerated(EnumType.STRING)
    public ProjectKind kind;

    /** The id another system keys the project by (unique in the programme); the bulk import finds projects by it. */
    @Column(name = "external_id")
    public String externalId;

    public String title;
    public String description;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "implementing_entities")
    public List<String> implementingEntities = new ArrayList<>();

    public String scope;
    public String location;

    /** Where the project's figures come from. */
    public String source;
    public BigDecimal longitude;
    public BigDecimal latitude;

    @Enumerated(EnumType.STRING)
    public ProjectStatus status;

    /** Anonymous readers see published projects of published programmes only. */
    public boolean published;

    @Column(name = "planned_start")
    public LocalDate plannedStart;

    @Column(name = "planned_end")
    public LocalDate plannedEnd;

    @Column(name = "actual_start")
    public LocalDate actualStart;

    @Column(name = "actual_end")
    public LocalDate actualEnd;

    public String currency = "PLN";

    @Column(name = "estimated_value")
    public BigDecimal estimatedValue;

    @Column(name = "total_cost")
    public BigDecimal totalCost;

    @Column(name = "eligible_cost")
    public BigDecimal eligibleCost;

    /** Title and description folded to lower case without diacritics; PostgreSQL indexes it as search_vector. */
    @Column(name = "search_text")
    public String searchText = "";

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "project_id", nullable = false)
    @OrderBy("position")
    public List<FundingSource> funding = new ArrayList<>();

    /**
     * The subareas the project is located in, as ids: the write path checks them against Subarea, and a read needs
     * nothing else (loading Subarea entities would read and parse every subarea's geometry to print its id).
     */
    @ElementCollection
    @CollectionTable(name = "project_subarea", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "subarea_id")
    public Set<Long> subareaIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "project_sdg_target", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "target_code")
    public Set<String> sdgTargets = new LinkedHashSet<>();

    @Override
    public String municipalityTeryt() {
        return programme.municipalityTeryt();
    }
}
