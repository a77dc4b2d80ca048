package pl.odnowa.consultation;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class ConsultationRepository implements PanacheRepository<Consultation> {

    /** The programme's consultations in the order they began, undated last. */
    public List<Consultation> ofProgramme(long programmeId) {
        return list("programme.id = ?1 order by startDate nulls last, id", programmeId);
    }
}
