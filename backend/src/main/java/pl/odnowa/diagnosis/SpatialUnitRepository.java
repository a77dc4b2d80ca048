package pl.odnowa.diagnosis;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class SpatialUnitRepository implements PanacheRepository<SpatialUnit> {

    public List<SpatialUnit> ofMunicipality(String teryt) {
        return list("municipality = ?1 order by code", teryt);
    }
}
