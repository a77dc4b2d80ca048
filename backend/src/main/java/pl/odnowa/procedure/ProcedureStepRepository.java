package pl.odnowa.procedure;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class ProcedureStepRepository implements PanacheRepository<ProcedureStep> {

    /** The programme's steps in the order of the procedure: dated ones by date, undated last. */
    public List<ProcedureStep> ofProgramme(long programmeId) {
        return list("programme.id = ?1 order by date nulls last, id", programmeId);
    }
}
