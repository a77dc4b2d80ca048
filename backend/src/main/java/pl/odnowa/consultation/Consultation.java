package pl.odnowa.consultation;

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
import jakarta.persistence.Table;

import pl.odnowa.common.VersionedEntity;
import pl.odnowa.programme.Programme;

/** A social consultation of a programme (art. 6): its dates, forms, summary and the comments with responses. */
@Entity
@Table(name = "consultation")
public class Consultation extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id")
    public Programme programme;

    /** What was consulted, e.g. the draft resolution designating the areas; null: not recorded. */
    public String subject;

    @Column(name = "start_date")
    public LocalDate startDate;

    /** The last day comments were taken. */
    @Column(name = "end_date")
    public LocalDate endDate;

    /** The day the consultation was announced (art. 6 ust. 2). */
    @Column(name = "announcement_date")
    public LocalDate announcementDate;

    /** Empty: the forms are not recorded (not known), never "held in no form". */
    @ElementCollection
    @CollectionTable(name = "consultation_form", joinColumns = @JoinColumn(name = "consultation_id"))
    @Column(name = "form")
    @Enumerated(EnumType.STRING)
    public Set<ConsultationForm> forms = new LinkedHashSet<>();

    /** The day the information summarising the consultation was published. */
    @Column(name = "summary_published_on")
    public LocalDate summaryPublishedOn;

    @Column(name = "summary_url")
    public String summaryUrl;

    public String source;

    @OneToMany(mappedBy = "consultation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<ConsultationComment> comments = new ArrayList<>();

    @Override
    public String municipalityTeryt() {
        return programme.municipalityTeryt();
    }
}
