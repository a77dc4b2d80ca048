package pl.odnowa.indicator;

import java.math.BigDecimal;

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

import pl.odnowa.area.Area;
import pl.odnowa.common.VersionedEntity;
import pl.odnowa.programme.Programme;
import pl.odnowa.project.Project;

/** A monitoring indicator of a programme, with baseline and target, mapped to SDG 11. */
@Entity
public class Indicator extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id")
    public Programme programme;

    @Enumerated(EnumType.STRING)
    public IndicatorScope scope;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "area_id")
    public Area area;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id")
    public Project project;

    public String code;

    @Column(name = "name_pl")
    public String namePl;

    @Column(name = "name_en")
    public String nameEn;

    public String unit;

    @Enumerated(EnumType.STRING)
    public Direction direction;

    @Enumerated(EnumType.STRING)
    public IndicatorLevel level;

    @Column(name = "baseline_value")
    public BigDecimal baselineValue;

    @Column(name = "baseline_year")
    public Integer baselineYear;

    @Column(name = "target_value")
    public BigDecimal targetValue;

    @Column(name = "target_year")
    public Integer targetYear;

    @Column(name = "sdg_target_code")
    public String sdgTarget;

    @Column(name = "sdg_indicator_code")
    public String sdgIndicator;

    @Enumerated(EnumType.STRING)
    @Column(name = "sdg_relation")
    public SdgRelation sdgRelation;

    @Column(name = "natural_limit")
    public BigDecimal naturalLimit;

    public String source;

    /**
     * Whether anyone may read it: its programme is published and, for an indicator of a project, that project too
     * (a draft project's indicators are as hidden as the project). In queries: {@code Access#visibleIndicators}.
     */
    public boolean published() {
        return programme.published && (project == null || project.published);
    }

    @Override
    public String municipalityTeryt() {
        return programme.municipalityTeryt();
    }
}
