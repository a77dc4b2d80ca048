package pl.odnowa.recommendation;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;

import pl.odnowa.area.Area;
import pl.odnowa.common.VersionedEntity;
import pl.odnowa.evaluation.Evaluation;
import pl.odnowa.indicator.Indicator;
import pl.odnowa.programme.Programme;
import pl.odnowa.project.Project;

/** A recommendation from an evaluation, with its owner, status and links to what it concerns. */
@Entity
public class Recommendation extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id")
    public Programme programme;

    public String title;
    public String text;

    @Enumerated(EnumType.STRING)
    public Priority priority;

    @Enumerated(EnumType.STRING)
    public RecommendationStatus status;

    public String owner;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Column(name = "status_reason")
    public String statusReason;

    /** The evaluation the recommendation came from (of the same programme), or null. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "evaluation_id")
    public Evaluation evaluation;

    @ManyToMany
    @JoinTable(name = "recommendation_area", joinColumns = @JoinColumn(name = "recommendation_id"),
            inverseJoinColumns = @JoinColumn(name = "area_id"))
    public Set<Area> areas = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "recommendation_project", joinColumns = @JoinColumn(name = "recommendation_id"),
            inverseJoinColumns = @JoinColumn(name = "project_id"))
    public Set<Project> projects = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "recommendation_indicator", joinColumns = @JoinColumn(name = "recommendation_id"),
            inverseJoinColumns = @JoinColumn(name = "indicator_id"))
    public Set<Indicator> indicators = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "recommendation_sdg_target", joinColumns = @JoinColumn(name = "recommendation_id"))
    @Column(name = "target_code")
    public Set<String> sdgTargets = new LinkedHashSet<>();

    @Override
    public String municipalityTeryt() {
        return programme.municipalityTeryt();
    }
}
