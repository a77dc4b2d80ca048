package pl.odnowa.programme;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class ProgrammeRepository implements PanacheRepository<Programme> {

    public List<Long> successorIds(long id) {
        return find("select p.id from Programme p where p.predecessor.id = ?1 order by p.id", id).project(Long.class).list();
    }
}
