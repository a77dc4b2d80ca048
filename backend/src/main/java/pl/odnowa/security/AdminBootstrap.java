package pl.odnowa.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import pl.odnowa.config.OdnowaConfig;

/**
 * On first start, creates the superadmin {@code admin} with the password from ODNOWA_ADMIN_PASSWORD, or a random
 * one printed once. No default password ships. Replicas starting together create it once (unique username).
 */
@ApplicationScoped
public class AdminBootstrap {

    void onStart(@Observes StartupEvent event, OdnowaConfig config, PasswordHasher hasher, EntityManager entityManager) {
        boolean exists = ((Number) entityManager.createNativeQuery("select count(*) from app_user where lower(username) = 'admin'")
                .getSingleResult()).intValue() > 0;
        if (exists) {
            return;
        }
        String password = config.adminPassword().orElseGet(() -> ApiKeyService.random(20));
        int created = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "insert into app_user (username, password_hash, role) select 'admin', ?1, 'SUPERADMIN' "
                        + "where not exists (select 1 from app_user where lower(username) = 'admin') on conflict do nothing")
                .setParameter(1, hasher.hash(password)).executeUpdate());
        if (created == 1 && config.adminPassword().isEmpty()) {
            // Printed once, to the console only: this is the only time anyone can learn it.
            System.out.println("\n*** Odnowa created the superadmin 'admin' with the password: " + password
                    + "\n*** Sign in and change it, or set ODNOWA_ADMIN_PASSWORD before the first start.\n");
        } else if (created == 1) {
            Log.info("Created the superadmin 'admin' with the password from ODNOWA_ADMIN_PASSWORD");
        }
    }
}
