package pl.odnowa.committee;

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
import jakarta.persistence.Table;

import pl.odnowa.procedure.ProcedureStep;

/** An opinion of the committee, optionally on a procedure step (e.g. an art. 22 assessment); a part of the committee. */
@Entity
@Table(name = "committee_opinion")
public class CommitteeOpinion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "committee_id")
    public Committee committee;

    public int position;

    @Column(name = "opinion_date")
    public LocalDate date;

    public String subject;

    /** The step the opinion is on; null: none or not recorded. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "procedure_step_id")
    public ProcedureStep procedureStep;

    /** Null: not recorded. */
    @Enumerated(EnumType.STRING)
    public OpinionStance stance;

    public String text;

    @Column(name = "document_url")
    public String documentUrl;
}
