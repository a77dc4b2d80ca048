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

/** A member of the committee and whom they represent; a part of the committee. */
@Entity
@Table(name = "committee_member")
public class CommitteeMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "committee_id")
    public Committee committee;

    public int position;

    public String name;

    @Enumerated(EnumType.STRING)
    public Stakeholder represents;

    /** The organisation or body the member comes from; null: not recorded. */
    public String organisation;

    @Column(name = "start_date")
    public LocalDate startDate;

    /** Null: still a member, or not recorded. */
    @Column(name = "end_date")
    public LocalDate endDate;
}
