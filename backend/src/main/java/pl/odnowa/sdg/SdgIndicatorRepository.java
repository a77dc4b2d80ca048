package pl.odnowa.sdg;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class SdgIndicatorRepository implements PanacheRepositoryBase<SdgIndicator, String> {
}
