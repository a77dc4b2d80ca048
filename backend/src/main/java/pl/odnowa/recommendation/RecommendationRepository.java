package pl.odnowa.recommendation;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class RecommendationRepository implements PanacheRepository<Recommendation> {
}
