package pl.odnowa.sdg;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class SdgIndicatorRepository implements PanacheRepositoryBase<SdgIndicator, String> {

    /** The indicators of the given targets, in framework order: one query for a whole page of targets. */
    public List<SdgIndicator> ofTargets(Collection<String> targetCodes) {
        if (targetCodes.isEmpty()) {
            return List.of();
        }
        return list("targetCode in ?1 order by position, code", targetCodes);
    }
}
