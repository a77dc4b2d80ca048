package pl.odnowa.sdg;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class SdgTargetRepository implements PanacheRepositoryBase<SdgTarget, String> {
}
