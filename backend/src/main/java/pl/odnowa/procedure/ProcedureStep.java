package pl.odnowa.procedure;

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

import pl.odnowa.common.VersionedEntity;
import pl.odnowa.programme.Programme;

/** One recorded step of a programme's procedure (a resolution, opinion, assessment) with its documents. */
@Entity
@Table(name = "procedure_step")
public class ProcedureStep extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id")
    public Programme programme;

    @Enumerated(EnumType.STRING)
    public ProcedureStepKind kind;

    /** The date of the resolution or document; null: not recorded. */
    @Column(name = "step_date")
    public LocalDate date;

    public String title;

    @Column(name = "document_number")
    public String documentNumber;

    /** Where the resolution is promulgated, e.g. "Dz. Urz. Woj. Śląskiego 2022 poz. 5426". */
    @Column(name = "journal_reference")
    public String journalReference;

    @Column(name = "bip_url")
    public String bipUrl;

    public String source;

    /** ASSESSMENT only: the date of the Revitalisation Committee's opinion (art. 22 ust. 2). */
    @Column(name = "committee_opinion_date")
    public LocalDate committeeOpinionDate;

    /** ASSESSMENT only: the date the assessment was published in the BIP (art. 22 ust. 2). */
    @Column(name = "bip_published_on")
    public LocalDate bipPublishedOn;

    @Override
    public String municipalityTeryt() {
        return programme.municipalityTeryt();
    }
}
