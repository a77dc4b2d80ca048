package pl.odnowa.committee;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class CommitteeRepository implements PanacheRepository<Committee> {

    /** Ids of the programme's procedure steps the committee has given a recorded opinion on. */
    public Set<Long> stepsWithOpinion(long programmeId) {
        List<Long> ids = getEntityManager().createQuery("select o.procedureStep.id from CommitteeOpinion o"
                + " where o.committee.programme.id = :programme and o.procedureStep is not null", Long.class)
                .setParameter("programme", programmeId).getResultList();
        return Set.copyOf(ids);
    }
}
