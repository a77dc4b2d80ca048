package pl.odnowa.evaluation;

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
import pl.odnowa.programme.Programme;

/** An evaluation of a programme: who made it, when, the committee's opinion and the findings. */
@Entity
public class Evaluation extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id")
    public Programme programme;

    @Enumerated(EnumType.STRING)
    public EvaluationType type;

    @Column(name = "evaluation_date")
    public LocalDate date;

    public String author;

    @Column(name = "committee_opinion")
    public String committeeOpinion;

    @Column(name = "committee_opinion_date")
    public LocalDate committeeOpinionDate;

    @Column(name = "bip_publication")
    public String bipPublication;

    @Column(name = "bip_published_on")
    public LocalDate bipPublishedOn;

    @Column(name = "accepted_by")
    public String acceptedBy;

    @Column(name = "accepted_on")
    public LocalDate acceptedOn;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Finding> findings = new ArrayList<>();

    @Override
    public String municipalityTeryt() {
        return programme.municipalityTeryt();
    }
}
