package pl.odnowa.evaluation;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class EvaluationRepository implements PanacheRepository<Evaluation> {

    /** The date of the programme's latest evaluation, or null when none is recorded. */
    public LocalDate latestDate(long programmeId) {
        return getEntityManager().createQuery("select max(e.date) from Evaluation e where e.programme.id = :p", LocalDate.class)
                .setParameter("p", programmeId).getSingleResult();
    }
}
