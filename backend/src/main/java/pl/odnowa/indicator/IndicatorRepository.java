package pl.odnowa.indicator;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class IndicatorRepository implements PanacheRepository<Indicator> {
}
