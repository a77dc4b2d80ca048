package pl.odnowa.committee;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A meeting of the committee with its agenda and minutes; a part of the committee. */
@Entity
@Table(name = "committee_meeting")
public class CommitteeMeeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "committee_id")
    public Committee committee;

    public int position;

    @Column(name = "meeting_date")
    public LocalDate date;

    public String agenda;

    @Column(name = "minutes_reference")
    public String minutesReference;

    @Column(name = "minutes_url")
    public String minutesUrl;
}
