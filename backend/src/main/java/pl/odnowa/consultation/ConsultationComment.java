package pl.odnowa.consultation;

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

/** A comment received in a consultation with the city's response; a part of the consultation. */
@Entity
@Table(name = "consultation_comment")
public class ConsultationComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "consultation_id")
    public Consultation consultation;

    public int position;

    /** Null: not recorded or anonymous. */
    public String author;

    public String content;

    public String response;

    @Enumerated(EnumType.STRING)
    public CommentOutcome outcome;
}
