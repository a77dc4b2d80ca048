package pl.odnowa.committee;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
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

/** The Revitalisation Committee of a programme (art. 7): its members, meetings and opinions, one committee per programme. */
@Entity
@Table(name = "committee")
public class Committee extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id")
    public Programme programme;

    /** E.g. "Komitet Rewitalizacji Miasta Bielska-Białej"; null: not recorded. */
    public String name;

    public String source;

    @OneToMany(mappedBy = "committee", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<CommitteeMember> members = new ArrayList<>();

    @OneToMany(mappedBy = "committee", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<CommitteeMeeting> meetings = new ArrayList<>();

    @OneToMany(mappedBy = "committee", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<CommitteeOpinion> opinions = new ArrayList<>();

    @Override
    public String municipalityTeryt() {
        return programme.municipalityTeryt();
    }
}
