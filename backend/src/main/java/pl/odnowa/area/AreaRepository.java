package pl.odnowa.area;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class AreaRepository implements PanacheRepository<Area> {
}
