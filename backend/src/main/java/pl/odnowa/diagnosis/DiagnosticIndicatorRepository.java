package pl.odnowa.diagnosis;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class DiagnosticIndicatorRepository implements PanacheRepository<DiagnosticIndicator> {

    public List<DiagnosticIndicator> ofMunicipality(String teryt, Integer year) {
        return year == null ? list("municipality = ?1 order by year, code", teryt)
                : list("municipality = ?1 and year = ?2 order by code", teryt, year);
    }
}
